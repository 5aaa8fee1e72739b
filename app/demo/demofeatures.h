#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

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
};

/// In dependency order: bays, partnerships, earnings (uses both), T4A (uses earnings).
QList<FeatureDemoSeed> featureDemoSeeds();

} // namespace adesk
