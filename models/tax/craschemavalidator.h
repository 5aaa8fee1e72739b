#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace adesk {

/// One schema violation: where (line in the validated document) and libxml2's message.
struct SchemaIssue {
    int line = 0;
    QString element;
    QString message;
};

/// Validates a whole T4A submission (Submission = T619 + Return) with libxml2 against
/// resources/cra-xsd/t4a-submission.xsd: CRA's T619 of the 2025/2026 layouts (t619-2026.xsd,
/// transcribed from CRA's T619 page, 2026V4) and the Return of CRA's schema bundle 1-24-1. Line
/// numbers are those of the validated document. The schema is embedded under :/cra-xsd/ and read
/// through a libxml2 input callback for "qrc:" URIs, so nothing is needed on disk at run time.
/// The compiled schema is built once per process and shared (read-only) by every thread.
class CraSchemaValidator {
public:
    struct Result {
        bool ok = false;
        QString fatal;             ///< the document or schema could not be read at all
        QList<SchemaIssue> issues; ///< every violation (ok == issues.isEmpty() && fatal.isEmpty())
    };

    /// Validates @p submissionXml, a whole Submission document.
    static Result validateSubmission(const QByteArray &submissionXml);
    /// The same for a file (the document is read with line numbers by libxml2).
    static Result validateSubmissionFile(const QString &path);
    /// The wrapper schema's URI for libxml2 ("qrc:/cra-xsd/t4a-submission.xsd") and the bundle copied to
    /// @p directory (for xmllint), returning the wrapper's path there.
    static QString schemaUri();
    static QString extractBundle(const QString &directory);
    /// Loads (once) and reports whether the schema compiled; error text otherwise.
    static bool schemaAvailable(QString *error = nullptr);
};

} // namespace adesk
