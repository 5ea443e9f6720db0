import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findActivities } from "@/lib/operation/activities";
import { findProjects } from "@/lib/operation/projects";
import { ACTIVITY_LABELS, type ActivityKind } from "@/lib/validation/operation";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { formatDate, formatWan } from "@/components/ui/format";
import { ActionButton } from "@/components/operation/action-button";
import { ActivityForm } from "@/components/operation/activity-form";
import { ProjectForm } from "@/components/operation/project-form";
import { ReasonConfirm } from "@/components/operation/reason-confirm";
import { getTranslations } from "next-intl/server";
import { markProjectAdoptedAction, removeActivityAction, removeProjectAction, undoProjectAdoptionAction } from "./actions";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, "联盟活动与推荐项目");
}

const kindLabel = (k: string) => ACTIVITY_LABELS[k as ActivityKind] ?? k;

export default async function ActivitiesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const [activities, projects] = await Promise.all([findActivities(user, id), findProjects(user, id)]);
  const tUndo = await getTranslations("corrections.undoAdoption");
  return (
    <>
      <p className="muted small no-print">
        <Link href={`/alliances/${id}`}>{alliance.name}</Link>
      </p>
      <h1>{alliance.name}：活动与推荐项目</h1>
      <OperationTabs allianceId={id} current="/activities" />
      {alliance.state !== "FILED" && <p className="alert info">联盟{alliance.state === "DISSOLVED" ? "已解散" : "已取消备案"}，以下记录仅供查阅。</p>}

      <section className="card" aria-labelledby="activities-h">
        <h2 id="activities-h">联盟活动</h2>
        <p className="muted small">
          服务中心协助策划系列活动（八（一）），活动情况计入年度考核（八（四））。往年活动已计入考核，只能删除本年度（{activities.currentYear}年）的活动。
        </p>
        {activities.years.length === 0 && <p className="muted">尚未登记活动。</p>}
        {activities.years.map(({ year, activities: rows }) => (
          <div className="table-wrap" key={year}>
            <table>
              <caption>
                {year} 年（{rows.length} 项）
              </caption>
              <thead>
                <tr>
                  <th scope="col">举办日期</th>
                  <th scope="col">类型</th>
                  <th scope="col">活动名称</th>
                  <th scope="col">参加人数</th>
                  <th scope="col">内容及成效</th>
                  {activities.canEdit && year === activities.currentYear && <th scope="col">操作</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td className="nowrap">{formatDate(a.heldOn)}</td>
                    <td>
                      <span className="badge blue">{kindLabel(a.kind)}</span>
                    </td>
                    <td>{a.title}</td>
                    <td>{a.participants ?? "—"}</td>
                    <td className="small">{a.description}</td>
                    {activities.canEdit && year === activities.currentYear && (
                      <td>
                        <ActionButton action={removeActivityAction} input={{ activityId: a.id }} label="删除" confirm={`确定删除活动“${a.title}”？`} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      {activities.canEdit && <ActivityForm allianceId={id} />}

      <section className="card" aria-labelledby="projects-h">
        <h2 id="projects-h">推荐项目</h2>
        <p className="muted small">创新联盟纳入吉林省科技创新平台管理体系，在省科技发展计划中优先支持创新联盟推荐项目（九（一））。</p>
        {projects.projects.length === 0 ? (
          <p className="muted">尚未推荐项目。</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="muted small">向省科技发展计划推荐的项目</caption>
              <thead>
                <tr>
                  <th scope="col">年度</th>
                  <th scope="col">项目名称</th>
                  <th scope="col">牵头单位</th>
                  <th scope="col">预算（万元）</th>
                  <th scope="col">简介</th>
                  <th scope="col">状态</th>
                  {(projects.canEdit || projects.canAdopt) && <th scope="col">操作</th>}
                </tr>
              </thead>
              <tbody>
                {projects.projects.map((p) => (
                  <tr key={p.id}>
                    <td>{p.year}</td>
                    <td>{p.title}</td>
                    <td>{p.leadUnit}</td>
                    <td>{formatWan(p.budget)}</td>
                    <td className="small">{p.summary}</td>
                    <td>
                      {p.adoptedAt ? <span className="badge green">已立项（{formatDate(p.adoptedAt)}）</span> : <span className="badge grey">已推荐</span>}
                    </td>
                    {(projects.canEdit || projects.canAdopt) && (
                      <td>
                        {!p.adoptedAt && projects.canAdopt && (
                          <ActionButton
                            action={markProjectAdoptedAction}
                            input={{ projectId: p.id }}
                            label="标记为已立项"
                            confirm={`确认“${p.title}”已列入省科技发展计划？`}
                          />
                        )}
                        {p.adoptedAt && projects.canAdopt && (
                          <ReasonConfirm
                            action={undoProjectAdoptionAction}
                            input={{ projectId: p.id }}
                            texts={{ button: tUndo("button"), warning: tUndo("warning", { title: p.title }), confirm: tUndo("confirm") }}
                          />
                        )}
                        {!p.adoptedAt && projects.canEdit && (
                          <ActionButton action={removeProjectAction} input={{ projectId: p.id }} label="删除" confirm={`确定删除推荐项目“${p.title}”？`} />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {projects.canEdit && <ProjectForm allianceId={id} year={activities.currentYear} leadUnit={alliance.leadOrg.name} />}
    </>
  );
}
