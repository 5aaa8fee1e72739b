#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace adesk {

/// True when the tests run in CI (`CI` set to true, 1 or yes, as .ci/run sets it): there a test whose
/// prerequisites are missing (no PostgreSQL, no display) fails instead of skipping.
inline bool requiredByCi() {
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return ci == "true" || ci == "1" || ci == "yes";
}

} // namespace adesk
