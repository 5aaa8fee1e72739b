#pragma once

#include "app/batchcommands.h"
#include "models/earnings/statementdata.h"

#include <QFuture>
#include <QStringList>

namespace adesk {

/// All statements of a month: one PDF per payee plus one combined PDF for printing, rendered on
/// every core (QtConcurrent on a pool sized to QThread::idealThreadCount()), with progress and
/// cancel through QPromise. Used by the earnings pane and by
/// `autodoctor-desk statements --month YYYY-MM --out DIR`.
class StatementsBatch {
public:
    struct Outcome {
        int written = 0;
        QStringList files;
        QString combined; ///< path of the combined PDF, empty when cancelled or none
        bool cancelled = false;
        QString error;
    };

    /// Starts rendering @p statements into @p directory. Progress: value = statements done,
    /// range 0..statements + 1 (the combined PDF is the last step). Cancel the future to stop.
    static QFuture<Outcome> start(const QList<StatementData> &statements, const QString &directory,
                                  int threads = 0);
    /// "2025-06_W4_garage-saint-denis-inc.pdf"
    static QString fileName(const StatementData &statement);
    static QString combinedFileName(const QDate &month);
};

} // namespace adesk
