#pragma once

#include <functional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace adesk {

/// T4A rules of the CRA, as code. Each rule names its source; the database holds the same rules
/// (migration 0006: desk.t4a_payments, desk.t4a_year_payees, desk.cra_amount, the length CHECKs).
///
/// - Box 048 "Fees for services": fees paid in the calendar year (cash basis) for services, GST/HST
///   excluded. Source: CRA RC4157 "Deducting Income Tax on Pension and Other Income, and Filing the
///   T4A Slip and Summary", chapter 6, box 048.
/// - A slip is due when the year's fees for services paid to a payee are more than $500
///   (RC4157, box 048: "… if the total of the fees … is more than $500").
/// - Amounts in the XML: decimal dollars, two decimals, no thousands separator, e.g. 1234.56; slip
///   amounts at most 9 integer digits (decimal11Type), totals at most 13 (decimal15Type). Source:
///   CRA schema 1-24-1 simple.xsd.
/// - Lengths: surname 20, given name 12, initial 1 (NameType: char20/char12/char1), business name
///   2 lines × 30 (Line2Type), address lines 30, city 28 (CanadaAddressType), payer name 30 per
///   line (Line3Type), contact name 22 (ContactType2). Source: CRA schema 1-24-1 complex.xsd.
/// - Postal codes: A1A 1A1, no D F I O Q U, no W or Z first; the first letter gives the province.
///   Source: Canada Post addressing guidelines (as desk.is_valid_postal_code in 0001).
/// - More than 5 slips must be filed electronically; slips and summary are due the last day of
///   February after the year. Source: CRA "Filing information returns electronically" / RC4157.
class T4ARules {
public:
    static constexpr qint64 kThresholdCents = 50000; ///< $500: a slip is due ABOVE it
    static constexpr int kSurnameMax = 20;
    static constexpr int kGivenNameMax = 12;
    static constexpr int kInitialMax = 1;
    static constexpr int kBusinessNameLineMax = 30;
    static constexpr int kAddressLineMax = 30;
    static constexpr int kCityMax = 28;
    static constexpr int kPayerNameLineMax = 30;
    static constexpr int kContactNameMax = 22;
    static constexpr int kPaperSlipLimit = 5; ///< more than this: electronic filing is mandatory
    static constexpr qint64 kSlipAmountMaxCents = 99999999999LL;      ///< 9 integer digits
    static constexpr qint64 kTotalAmountMaxCents = 999999999999999LL; ///< 13 integer digits

    static bool slipDue(qint64 feesCents) { return feesCents > kThresholdCents; }
    /// "1234.56" (negative: "-12.30").
    static QString craAmount(qint64 cents);
    /// Parses "1234.56" / "1234,56" (two decimals required); false on anything else.
    static bool parseCraAmount(const QString &text, qint64 *cents);
    /// Due date of the slips for @p taxYear: the last day of February of the next year.
    static QDate filingDeadline(int taxYear);
    /// The day the T4A return (slips and Summary) for @p taxYear is due: filingDeadline(), moved to
    /// the next business day when it falls on a Saturday, a Sunday or a federal public holiday
    /// (2025: Saturday Feb 28, 2026 -> Monday March 2, 2026). Source: CRA "Filing information
    /// returns" / RC4157 ("If the due date falls on a Saturday, Sunday, or public holiday
    /// recognized by the CRA, your return is due the next business day"), and the Interpretation
    /// Act s. 26 (a time limit that ends on a holiday ends on the next day that is not one), which
    /// CRA applies to Saturdays too (CRA 2015-0598291C6).
    static QDate filingDueDate(int taxYear);
    /// A federal public holiday of the Interpretation Act s. 35 (New Year's Day, Good Friday,
    /// Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and
    /// Reconciliation from 2021, Thanksgiving, Remembrance Day, Christmas Day; New Year's Day,
    /// Canada Day and Remembrance Day on a Sunday also make the Monday a holiday). Provincial days
    /// (Family Day, Saint-Jean-Baptiste, civic holidays) are not federal and do not move CRA dates
    /// nationally. None of these days can fall between February 28 and March 2.
    static bool isFederalHoliday(const QDate &date);
    /// @p date itself when it is a business day (Monday to Friday, not a federal holiday), else
    /// the next one.
    static QDate nextBusinessDay(const QDate &date);

    // ----- postal codes ---------------------------------------------------------------------
    static QString normalizedPostalCode(const QString &text); ///< "m5v3l9" -> "M5V 3L9"
    static bool isValidPostalCode(const QString &text);
    /// Provinces the postal code belongs to: its first letter, and for X its FSA (X0A, X0B, X0C:
    /// NU; X0E, X0G, X1A: NT); empty when unknown. Mirrors desk.postal_code_provinces (0012).
    static QStringList provincesForPostalCode(const QString &text);
    static bool postalCodeMatchesProvince(const QString &postalCode, const QString &province);
    static QString fsa(const QString &postalCode) { return normalizedPostalCode(postalCode).left(3); }

    // ----- names ----------------------------------------------------------------------------
    /// Problems of a name field against its CRA limit (empty when fine): "too long (23 > 20)".
    static bool fitsLimit(const QString &value, int limit) { return value.trimmed().size() <= limit; }

    // ----- aggregation (mirrors desk.t4a_year_payees; used by tests and the offline check) --
    struct Payment {
        QString payeeKey;          ///< "M12", "W3"
        QDate paidOn;              ///< date paid (platform zone)
        qint64 amountCents = 0;    ///< the payee's share
        qint64 gstHstCents = 0;    ///< GST/HST that came with it (never in box 048)
        bool feeForService = true; ///< false for bay rental / membership charges
    };
    struct YearTotal {
        qint64 box048Cents = 0;
        bool slipDue = false;
    };
    static QHash<QString, YearTotal> aggregate(const QList<Payment> &payments, int taxYear);

    /// Problem codes of desk.tax_problems, and their plain-language labels.
    static QString problemLabel(const QString &code);
    /// The database's refusal to finalise slips with problems ("slips with problems cannot be
    /// finalised: mechanic 12: missing_tin, postal_province; workshop 3: …", 23514) in words: each
    /// payee by @p nameOf (its payee key, payeeKey(); empty: "Mechanic #12") and each problem by its
    /// label. Empty when @p serverMessage is not that refusal.
    static QString problemsMessage(const QString &serverMessage,
                                   const std::function<QString(const QString &payeeKey)> &nameOf);
};

} // namespace adesk
