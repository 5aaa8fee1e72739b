#include "models/core/backgroundpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace adesk {

namespace {
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool *backgroundPool() {
    static const bool waitedAtExit = [] {
        pool()->setObjectName(QStringLiteral("adesk-background"));
        // Before the application object goes, as for Qt's own pool: no job of ours outlives it.
        qAddPostRoutine([] {
            if (QThreadPool *p = pool())
                p->waitForDone();
        });
        return true;
    }();
    Q_UNUSED(waitedAtExit);
    return pool();
}

} // namespace adesk
