import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
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

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("activities"));
}

const kindLabel = (k: string) => ACTIVITY_LABELS[k as ActivityKind] ?? k;

async function ActivitiesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const [activities, projects] = await Promise.all([findActivities(user, id), findProjects(user, id)]);
  const tUndo = await getTranslations("corrections.undoAdoption");
  const t = await getTranslations("alliances.activities");
  const ta = await getTranslations("alliances");
  return (
    <>
      <p className="muted small no-print">
        <Link href={`/alliances/${id}`}>{alliance.name}</Link>
      </p>
      <h1>{t("heading", { name: alliance.name })}</h1>
      <OperationTabs allianceId={id} current="/activities" />
      {alliance.state !== "FILED" && <p className="alert info">{ta(alliance.state === "DISSOLVED" ? "readOnlyDissolved" : "readOnlyRevoked")}</p>}

      <section className="card" aria-labelledby="activities-h">
        <h2 id="activities-h">{t("activitiesHeading")}</h2>
        <p className="muted small">{t("activitiesNote", { year: String(activities.currentYear) })}</p>
        {activities.years.length === 0 && <p className="muted">{t("noActivities")}</p>}
        {activities.years.map(({ year, activities: rows }) => (
          <div className="table-wrap" key={year}>
            <table>
              <caption>{t("yearCaption", { year: String(year), count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("heldOn")}</th>
                  <th scope="col">{t("kind")}</th>
                  <th scope="col">{t("activityTitle")}</th>
                  <th scope="col">{t("participants")}</th>
                  <th scope="col">{t("description")}</th>
                  {activities.canEdit && year === activities.currentYear && <th scope="col">{t("actions")}</th>}
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
                        <ActionButton
                          action={removeActivityAction}
                          input={{ activityId: a.id }}
                          label={t("remove")}
                          confirm={t("removeActivityConfirm", { title: a.title })}
                        />
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
        <h2 id="projects-h">{t("projectsHeading")}</h2>
        <p className="muted small">{t("projectsNote")}</p>
        {projects.projects.length === 0 ? (
          <p className="muted">{t("noProjects")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="muted small">{t("projectsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col">{t("projectTitle")}</th>
                  <th scope="col">{t("leadUnit")}</th>
                  <th scope="col">{t("budget")}</th>
                  <th scope="col">{t("summary")}</th>
                  <th scope="col">{t("status")}</th>
                  {(projects.canEdit || projects.canAdopt) && <th scope="col">{t("actions")}</th>}
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
                      {p.adoptedAt ? (
                        <span className="badge green">{t("adoptedOn", { date: formatDate(p.adoptedAt) })}</span>
                      ) : (
                        <span className="badge grey">{t("recommended")}</span>
                      )}
                    </td>
                    {(projects.canEdit || projects.canAdopt) && (
                      <td>
                        {!p.adoptedAt && projects.canAdopt && (
                          <ActionButton
                            action={markProjectAdoptedAction}
                            input={{ projectId: p.id }}
                            label={t("markAdopted")}
                            confirm={t("markAdoptedConfirm", { title: p.title })}
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
                          <ActionButton
                            action={removeProjectAction}
                            input={{ projectId: p.id }}
                            label={t("remove")}
                            confirm={t("removeProjectConfirm", { title: p.title })}
                          />
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

export default withPageText("app/(portal)/alliances/[id]/activities/page.tsx", ActivitiesPage);
