#include "app/shell/reportsprofile.h"

#include "models/core/replicastatus.h"

#include <QSettings>
#include <QVariantMap>

namespace adesk::reportsprofile {

namespace {
const QString kKey = QStringLiteral("connections/reports");
} // namespace

QString profileFor(const QString &profile) {
    if (profile.isEmpty())
        return {};
    return QSettings().value(kKey).toMap().value(profile).toString();
}

void setProfileFor(const QString &profile, const QString &reports) {
    if (profile.isEmpty())
        return;
    QSettings s;
    QVariantMap map = s.value(kKey).toMap();
    if (reports.isEmpty() || reports == profile)
        map.remove(profile);
    else
        map.insert(profile, reports);
    if (map.isEmpty())
        s.remove(kKey);
    else
        s.setValue(kKey, map);
}

QString savedConninfo(const QString &name, bool *found) {
    *found = false;
    QSettings s;
    const int n = s.beginReadArray(QStringLiteral("connections"));
    QString info;
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        if (s.value(QStringLiteral("name")).toString() == name) {
            info = s.value(QStringLiteral("conninfo")).toString();
            *found = true;
            break;
        }
    }
    s.endArray();
    return info;
}

ConnectionSettings forBatch(const QString &value, const ConnectionSettings &base, const QString &command,
                            QString *error) {
    bool found = false;
    const QString saved = value.isEmpty() ? QString() : savedConninfo(value, &found);
    ConnectionSettings s = base.forBatch(command);
    s.conninfo = found ? saved : value;
    s.password.clear();
    return readOnlySettings(s, QString(), error, QStringLiteral("reports-") + command);
}

} // namespace adesk::reportsprofile
