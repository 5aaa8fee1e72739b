#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace adesk {

/// What one generated compliance document says. The demo data set (app/demoseeder.cpp) fills one
/// per upload; the renderer lays it out as a one-page Letter PDF in the document's own language
/// (French for Quebec entities), whatever the user interface language is.
struct CertificateData {
    enum class Kind {
        Insurance,       ///< certificate of liability insurance (insurer letterhead)
        BusinessLicence, ///< municipal business licence
        Zoning,          ///< municipal zoning compliance confirmation
        Employment,      ///< proof-of-employment letter on the workshop's letterhead
        Certification,   ///< provincial certificate of qualification (Red Seal)
        Ownership        ///< land registry proof of ownership of the premises
    };

    Kind kind = Kind::Insurance;
    QString language = QStringLiteral("en"); ///< "en" or "fr"
    QString issuerName;                      ///< insurer, municipality, employer or authority
    QString issuerAddress;                   ///< one line under the issuer's name
    QString holderName;                      ///< insured / licensee / employee
    QString holderAddress;                   ///< business address of the holder
    QString number;                          ///< policy, licence or certificate number; empty = none shown
    qint64 coverageCents = 0;                ///< insurance limit (CAD cents)
    QDate effectiveDate;
    QDate expiryDate;       ///< invalid = no expiry shown
    QDate issuedOn;         ///< date of the letter (employment)
    QString detail;         ///< licence class, job title or trade
    QString signatory;      ///< name under the signature line
    QString signatoryTitle; ///< their title; empty = "Authorized representative"
    QString reference;      ///< certificate/reference number in the footer
};

/// Renders CertificateData to PDF bytes with QPdfWriter/QPainter (QtGui only, no Widgets). Needs
/// a QGuiApplication (fonts). Output is byte-for-byte deterministic for the same data: the
/// creation date Qt writes is replaced by the effective date.
class CertificateRenderer {
    Q_DECLARE_TR_FUNCTIONS(adesk::CertificateRenderer)
public:
    static QByteArray render(const CertificateData &data);

    /// "$2,000,000.00" (en) or "2 000 000,00 $" (fr), from integer cents (no floating point).
    static QString formatMoney(qint64 cents, const QString &language);
    /// Calendar dates are printed ISO 8601 (YYYY-MM-DD), the Canadian standard form on forms.
    static QString formatDate(const QDate &date);
};

} // namespace adesk
