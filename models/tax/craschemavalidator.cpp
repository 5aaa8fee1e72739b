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
    sink->issues->append(issue);
}

CraSchemaValidator::Result validateDoc(xmlDocPtr doc) {
    CraSchemaValidator::Result r;
    const Schema &s = schema();
    if (!s.schema) {
        r.fatal = s.error;
        return r;
    }
    if (!doc) {
        r.fatal = QStringLiteral("the XML document is not well-formed");
        return r;
    }
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(s.schema);
    IssueSink sink{&r.issues};
    xmlSchemaSetValidStructuredErrors(v, collectValidityError, &sink);
    const int rc = xmlSchemaValidateDoc(v, doc);
    xmlSchemaFreeValidCtxt(v);
    xmlFreeDoc(doc);
    if (rc < 0 && r.issues.isEmpty())
        r.fatal = QStringLiteral("internal libxml2 validation error");
    r.ok = rc == 0 && r.issues.isEmpty() && r.fatal.isEmpty();
    return r;
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

CraSchemaValidator::Result CraSchemaValidator::validateSubmission(const QByteArray &xml) {
    schema();
    QList<SchemaIssue> parseIssues;
    IssueSink sink{&parseIssues};
    xmlParserCtxtPtr p = xmlNewParserCtxt();
    xmlSetStructuredErrorFunc(&sink, collectParseError); // thread-local
    xmlDocPtr doc = xmlCtxtReadMemory(p, xml.constData(), int(xml.size()), "t4a.xml", "UTF-8",
                                      XML_PARSE_NONET | XML_PARSE_HUGE);
    xmlFreeParserCtxt(p);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    Result r = validateDoc(doc);
    if (!doc)
        r.issues = parseIssues;
    return r;
}

CraSchemaValidator::Result CraSchemaValidator::validateSubmissionFile(const QString &path) {
    schema();
    QList<SchemaIssue> parseIssues;
    IssueSink sink{&parseIssues};
    xmlParserCtxtPtr p = xmlNewParserCtxt();
    xmlSetStructuredErrorFunc(&sink, collectParseError); // thread-local
    xmlDocPtr doc =
        xmlCtxtReadFile(p, QFile::encodeName(path).constData(), nullptr, XML_PARSE_NONET | XML_PARSE_HUGE);
    xmlFreeParserCtxt(p);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    Result r = validateDoc(doc);
    if (!doc)
        r.issues = parseIssues;
    return r;
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
