// text() in lib/ answers from the catalogue under Vitest as it does in the server (Chinese unless a test says).
import "../../lib/i18n/server-text";
