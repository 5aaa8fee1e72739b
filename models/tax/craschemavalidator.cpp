#include "models/tax/craschemavalidator.h"

#include <QDir>
#include <QFile>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <mutex>

// The qrc lives in the static adesk_models library: make sure its object is linked and registered.
static void adeskInitCraSchemaResources() {
    Q_INIT_RESOURCE(resources);
}

namespace adesk {

namespace {

constexpr const char kScheme[] = "qrc:";

// ----- libxml2 input callbacks serving :/cra-xsd/… for qrc: URIs ------------------------------
struct QrcStream {
    QByteArray data;
    qsizetype pos = 0;
};

int qrcMatch(const char *uri) {
    return uri && std::strncmp(uri, kScheme, sizeof(kScheme) - 1) == 0;
}

void *qrcOpen(const char *uri) {
    QString path = QString::fromUtf8(uri + sizeof(kScheme) - 1);
    while (path.startsWith(QStringLiteral("//")))
        path.remove(0, 1);
    QFile f(u':' + path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    auto *s = new QrcStream;
    s->data = f.readAll();
    return s;
}

int qrcRead(void *context, char *buffer, int len) {
    auto *s = static_cast<QrcStream *>(context);
    const qsizetype n = std::min<qsizetype>(len, s->data.size() - s->pos);
    std::memcpy(buffer, s->data.constData() + s->pos, size_t(n));
    s->pos += n;
    return int(n);
}

int qrcClose(void *context) {
    delete static_cast<QrcStream *>(context);
    return 0;
}

struct Schema {
    xmlSchemaPtr schema = nullptr;
    QString error;
};

void collectParserError(void *ctx, xmlErrorPtr e) {
    auto *error = static_cast<QString *>(ctx);
    if (e && e->level >= XML_ERR_ERROR && error->size() < 2000)
        *error += QString::fromUtf8(e->message ? e->message : "").trimmed() + u'\n';
}

const Schema &schema() {
    static Schema s;
    static std::once_flag once;
    std::call_once(once, [] {
        adeskInitCraSchemaResources();
        xmlInitParser();
        xmlRegisterInputCallbacks(qrcMatch, qrcOpen, qrcRead, qrcClose);
        const QByteArray uri = CraSchemaValidator::schemaUri().toUtf8();
        xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt(uri.constData());
        if (!ctxt) {
            s.error = QStringLiteral("cannot create the schema parser");
            return;
        }
        xmlSchemaSetParserStructuredErrors(ctxt, collectParserError, &s.error);
        s.schema = xmlSchemaParse(ctxt);
        xmlSchemaFreeParserCtxt(ctxt);
        if (!s.schema && s.error.isEmpty())
            s.error = QStringLiteral("the CRA schema could not be compiled");
    });
    return s;
}

struct IssueSink {
    QList<SchemaIssue> *issues;
};

void collectValidityError(void *ctx, xmlErrorPtr e) {
    auto *sink = static_cast<IssueSink *>(ctx);
    if (!e || e->level < XML_ERR_ERROR)
        return;
    SchemaIssue issue;
    issue.line = e->line;
    if (e->node) {
        auto *node = static_cast<xmlNodePtr>(e->node);
        if (node->name)
            issue.element = QString::fromUtf8(reinterpret_cast<const char *>(node->name));
        if (issue.line <= 0)
            issue.line = int(xmlGetLineNo(node));
    }
    issue.message = QString::fromUtf8(e->message ? e->message : "").trimmed();
    if (issue.element.isEmpty() && issue.message.startsWith(QLatin1String("Element '"))) {
        // Streamed validation reports no node: the element is named in the message.
        const qsizetype end = issue.message.indexOf(u'\'', 9);
        if (end > 9)
            issue.element = issue.message.mid(9, end - 9);
    }
    sink->issues->append(issue);
}

void collectParseError(void *ctx, xmlErrorPtr e) {
    collectValidityError(ctx, e);
}

} // namespace

QString CraSchemaValidator::schemaUri() {
    return QStringLiteral("qrc:/cra-xsd/t4a-submission.xsd");
}

bool CraSchemaValidator::schemaAvailable(QString *error) {
    const Schema &s = schema();
    if (error)
        *error = s.error;
    return s.schema != nullptr;
}

namespace {

/// Validates the document read from @p input while it is parsed (xmlSchemaValidateStream: SAX, no
/// tree of the document, so memory stays flat in its size). Parse errors make the document not
/// well-formed (fatal, with the parser's issues); validity errors carry the parser's line.
CraSchemaValidator::Result validateStream(xmlParserInputBufferPtr input) {
    CraSchemaValidator::Result r;
    const Schema &s = schema();
    if (!s.schema) {
        if (input)
            xmlFreeParserInputBuffer(input);
        r.fatal = s.error;
        return r;
    }
    if (!input) {
        r.fatal = QStringLiteral("the XML document is not well-formed");
        return r;
    }
    QList<SchemaIssue> parseIssues;
    IssueSink parseSink{&parseIssues};
    IssueSink sink{&r.issues};
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(s.schema);
    xmlSchemaSetValidStructuredErrors(v, collectValidityError, &sink);
    xmlSetStructuredErrorFunc(&parseSink, collectParseError); // thread-local
    const int rc = xmlSchemaValidateStream(v, input, XML_CHAR_ENCODING_NONE, nullptr, nullptr); // frees input
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSchemaFreeValidCtxt(v);
    if (!parseIssues.isEmpty()) {
        r.fatal = QStringLiteral("the XML document is not well-formed");
        r.issues = parseIssues;
    } else if (rc < 0 && r.issues.isEmpty()) {
        r.fatal = QStringLiteral("internal libxml2 validation error");
    }
    r.ok = rc == 0 && r.issues.isEmpty() && r.fatal.isEmpty();
    return r;
}

} // namespace

CraSchemaValidator::Result CraSchemaValidator::validateSubmission(const QByteArray &xml) {
    schema();
    // A copy of the document for the parser (xmlParserInputBufferCreateStatic, which reads in
    // place, made libxml2 2.9.14 report the valid document invalid).
    return validateStream(
        xmlParserInputBufferCreateMem(xml.constData(), int(xml.size()), XML_CHAR_ENCODING_NONE));
}

CraSchemaValidator::Result CraSchemaValidator::validateSubmissionFile(const QString &path) {
    schema();
    return validateStream(
        xmlParserInputBufferCreateFilename(QFile::encodeName(path).constData(), XML_CHAR_ENCODING_NONE));
}

QString CraSchemaValidator::extractBundle(const QString &directory) {
    schema();
    QDir().mkpath(directory);
    const QDir src(QStringLiteral(":/cra-xsd"));
    for (const QString &f : src.entryList({QStringLiteral("*.xsd")}, QDir::Files)) {
        const QString target = QDir(directory).filePath(f);
        QFile::remove(target);
        QFile::copy(src.filePath(f), target);
        QFile::setPermissions(target,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return QDir(directory).filePath(QStringLiteral("t4a-submission.xsd"));
}

} // namespace adesk
