#pragma once

// Shared by the document viewer tests (tst_documentrenderer, tst_documentviewer): the sample files
// of tests/data/documents/ and QTest's printing of DocumentRenderer::OpenResult. Header only; the
// including target defines ADESK_TEST_DATA.

#include "views/documents/documentrenderer.h"

#include <QByteArray>
#include <QFile>
#include <QMetaType>
#include <QString>
#include <QTest>

Q_DECLARE_METATYPE(adesk::DocumentRenderer::OpenResult)

namespace QTest {
template <> inline char *toString(const adesk::DocumentRenderer::OpenResult &result) {
    return qstrdup(adesk::DocumentRenderer::resultName(result));
}
} // namespace QTest

namespace adesk::test {

/// The bytes of tests/data/documents/@p name; a missing file ends the test binary.
inline QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(ADESK_TEST_DATA "/documents/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace adesk::test
