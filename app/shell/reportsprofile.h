#pragma once

#include "models/core/connectionsettings.h"

#include <QString>

namespace adesk {

/// The reports connection (issue 19): finance's heavy reads (ledger and totals, earnings charts,
/// statements, the T4A overview, KPIs) may go to a read replica, named as one of the saved
/// connection profiles (ConnectionDialog). The choice is kept per sign-in profile in QSettings
/// (`connections/reports`, a map: sign-in profile name → reports profile name); no password is
/// stored: the reports connection uses the sign-in's login and password (Session::setReports).
namespace reportsprofile {

/// The reports profile chosen for sign-in profile @p profile; empty when none (reads stay on the
/// sign-in connection).
QString profileFor(const QString &profile);
/// Remembers @p reports for @p profile; an empty @p reports (or @p reports == @p profile) forgets it.
void setProfileFor(const QString &profile, const QString &reports);
/// The connection string saved under profile name @p name; *found false when there is no such profile.
QString savedConninfo(const QString &name, bool *found);

/// The value of a batch command's `--reports`: the name of a saved profile, else a libpq connection
/// string, URI or service=NAME. Returns settings made read-only (readOnlySettings),
/// named "autodoctor-desk/reports-@p command", with @p base's batch timeouts and transport choice;
/// *error says why not (an invalid string) and is empty on success.
ConnectionSettings forBatch(const QString &value, const ConnectionSettings &base, const QString &command,
                            QString *error);

} // namespace reportsprofile
} // namespace adesk
