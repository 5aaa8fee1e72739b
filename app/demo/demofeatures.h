#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace adesk {

/// One feature's demo data: runs inside seed-demo's transaction after the compliance data set, as
/// the schema owner, deterministic and relative to the current date. Returns false with a message.
struct FeatureDemoSeed {
    QString name;
    bool (*seed)(QSqlDatabase &db, QString *error);
    /// Reads the bytes of the compliance documents (seed-demo renders them meanwhile and writes them
    /// into their rows before the first such feature runs).
    bool readsDocumentContent = false;
    /// Renders PDFs itself (on seed-demo's thread): seed-demo starts rendering its own certificates
    /// only after such features are done.
    bool rendersPdfs = false;
    /// Part of the demo's history (DemoSeeder::Part::History): the first launch of the desktop demo
    /// loads it in a transaction of its own after the window shows the core data set. Every feature
    /// after the first history feature is history too, so that both parts together run the
    /// features in the same order as one seed-demo (the same rows, ids included).
    bool history = false;
};

/// In dependency order: partnerships, bays, earnings (uses both), T4A (uses earnings), ...
QList<FeatureDemoSeed> featureDemoSeeds();

/// The main window's panes (FeaturePane::objectName) that show what the history part loads: while
/// the desktop demo loads it, they wait (MainWindow::holdPanes) and are built once it is committed.
QStringList demoHistoryPanes();

} // namespace adesk
