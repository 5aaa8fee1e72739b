// T4A rules as code: SIN (Luhn), BN, payer account, transmitter numbers, postal codes and
// provinces, the CRA amount format, the CRA layout's name limits and the $500 threshold.
#include "models/tax/businessnumber.h"
#include "models/tax/payeraccount.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"

#include <QTest>

using namespace adesk;

class TstTaxRules : public QObject {
    Q_OBJECT
private slots:
    void sin_data() {
        QTest::addColumn<QString>("sin");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("CRA sample") << "046454286" << true << true;
        QTest::newRow("with spaces") << "046 454 286" << true << true;
        QTest::newRow("with dashes") << "046-454-286" << true << true;
        QTest::newRow("another valid") << "130692544" << true << true;
        QTest::newRow("valid 9xx") << "999999998" << true << true;
        QTest::newRow("check digit off by one") << "046454287" << true << false;
        QTest::newRow("transposed digits") << "064454286" << true << false;
        QTest::newRow("all zeros") << "000000000" << true << false;
        // 8xx xxx xxx passes Luhn but is a business number, never a person's SIN.
        QTest::newRow("business number series") << "800000002" << true << false;
        QTest::newRow("8 digits") << "04645428" << false << false;
        QTest::newRow("10 digits") << "0464542861" << false << false;
        QTest::newRow("letter") << "04645428A" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void sin() {
        QFETCH(QString, sin);
        QFETCH(bool, wellFormed);
        QFETCH(bool, valid);
        QCOMPARE(Sin::isWellFormed(sin), wellFormed);
        QCOMPARE(Sin::isValid(sin), valid);
    }
    void sinCheckDigitAndMask() {
        QCOMPARE(Sin::expectedCheckDigit(QStringLiteral("04645428")), 6);
        QCOMPARE(Sin::expectedCheckDigit(QStringLiteral("046454287")), 6);
        QCOMPARE(Sin::expectedCheckDigit(QStringLiteral("1306925")), -1);
        QCOMPARE(Sin::masked(QStringLiteral("046454286")), QStringLiteral("*** *** 286"));
        QCOMPARE(Sin::formatted(QStringLiteral("046454286")), QStringLiteral("046 454 286"));
        // Every body gets exactly one valid check digit.
        for (int d = 0; d <= 9; ++d)
            QCOMPARE(Sin::isValid(QStringLiteral("04645428") + QString::number(d)), d == 6);
    }

    void bn_data() {
        QTest::addColumn<QString>("bn");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RT account") << "123456782RT0001" << true;
        QTest::newRow("RP account") << "123456782RP0002" << true;
        QTest::newRow("lower case") << "123456782rt0001" << true;
        QTest::newRow("spaced") << "123456782 RT 0001" << true;
        QTest::newRow("platform's GST/HST account") << "794512368RT0001" << true;
        QTest::newRow("check digit wrong") << "123456789RT0001" << false;
        QTest::newRow("transposed root") << "213456782RT0001" << false;
        QTest::newRow("root only") << "123456789" << false;
        QTest::newRow("digit program") << "12345678901234" << false;
        QTest::newRow("short reference") << "123456789RT001" << false;
        QTest::newRow("zero root") << "000000000RT0000" << false;
        QTest::newRow("empty") << "" << false;
    }
    void bn() {
        QFETCH(QString, bn);
        QFETCH(bool, valid);
        QCOMPARE(BusinessNumber::isValid(bn), valid);
    }

    void payerAccount_data() {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RP") << "794512368RP0001" << true;
        QTest::newRow("RT is not a payer account") << "794512368RT0001" << false;
        QTest::newRow("root check digit wrong") << "794512367RP0001" << false;
        QTest::newRow("short") << "79451236RP0001" << false;
        QTest::newRow("no reference") << "794512368RP" << false;
    }
    void payerAccount() {
        QFETCH(QString, account);
        QFETCH(bool, valid);
        QCOMPARE(PayerAccount::isValid(account), valid);
    }

    void transmitter() {
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("bn9"), QStringLiteral("794512368")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("bn9"), QStringLiteral("794512368RP0001")));
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("bn15"), QStringLiteral("794512368RP0001")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("bn9"), QStringLiteral("794512367")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("bn15"), QStringLiteral("794512367RP0001")));
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("trust"), QStringLiteral("T12345678")));
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("trust"), QStringLiteral("A12345678")));
        // CRA T619: nr4 is 3 letters + 6 digits (the old check wanted "NR" + 7 digits).
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("nr4"), QStringLiteral("NRA123456")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("nr4"), QStringLiteral("NR1234567")));
        QVERIFY(PayerAccount::isValidTransmitter(QStringLiteral("repid"), QStringLiteral("AB12CD3")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("repid"), QStringLiteral("AB12CD")));
        QVERIFY(!PayerAccount::isValidTransmitter(QStringLiteral("other"), QStringLiteral("794512368")));
    }

    void postalCode_data() {
        QTest::addColumn<QString>("postal");
        QTest::addColumn<QString>("province");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("matches");
        QTest::newRow("Toronto") << "M5V 3L9"
                                 << "ON" << true << true;
        QTest::newRow("Montreal") << "H2X 1Y4"
                                  << "QC" << true << true;
        QTest::newRow("Quebec G") << "G1R 4P5"
                                  << "QC" << true << true;
        QTest::newRow("Vancouver") << "V6B 1A1"
                                   << "BC" << true << true;
        QTest::newRow("Halifax") << "B3H 1A1"
                                 << "NS" << true << true;
        QTest::newRow("Yellowknife NT") << "X1A 2L9"
                                        << "NT" << true << true;
        QTest::newRow("Iqaluit NU") << "X0A 0H0"
                                    << "NU" << true << true;
        // X: the FSA decides the territory.
        QTest::newRow("Iqaluit code, NT address") << "X0A 0H0"
                                                  << "NT" << true << false;
        QTest::newRow("Yellowknife code, NU address") << "X1A 2L9"
                                                      << "NU" << true << false;
        QTest::newRow("Rankin Inlet NU") << "X0C 0G0"
                                         << "NU" << true << true;
        QTest::newRow("Inuvik NT") << "X0E 0T0"
                                   << "NT" << true << true;
        QTest::newRow("X FSA of neither") << "X2B 1A1"
                                          << "NT" << true << false;
        QTest::newRow("Toronto code, QC address") << "M5V 3L9"
                                                  << "QC" << true << false;
        QTest::newRow("Vancouver code, ON address") << "V6B 1A1"
                                                    << "ON" << true << false;
        QTest::newRow("D never used") << "D5V 3L9"
                                      << "ON" << false << false;
        QTest::newRow("W never first") << "W5V 3L9"
                                       << "ON" << false << false;
        QTest::newRow("Z never first") << "Z5V 3L9"
                                       << "ON" << false << false;
        QTest::newRow("O in third place") << "M5O 3L9"
                                          << "ON" << false << false;
        QTest::newRow("no space") << "M5V3L9"
                                  << "ON" << false << false;
        QTest::newRow("lower case") << "m5v 3l9"
                                    << "ON" << false << false;
        QTest::newRow("too short") << "M5V 3L"
                                   << "ON" << false << false;
    }
    void postalCode() {
        QFETCH(QString, postal);
        QFETCH(QString, province);
        QFETCH(bool, valid);
        QFETCH(bool, matches);
        QCOMPARE(T4ARules::isValidPostalCode(postal), valid);
        QCOMPARE(T4ARules::postalCodeMatchesProvince(postal, province), matches);
    }
    void postalNormalisation() {
        QCOMPARE(T4ARules::normalizedPostalCode(QStringLiteral("m5v3l9")), QStringLiteral("M5V 3L9"));
        QCOMPARE(T4ARules::fsa(QStringLiteral("h2x 1y4")), QStringLiteral("H2X"));
        QCOMPARE(T4ARules::provincesForPostalCode(QStringLiteral("X0A 0H0")),
                 (QStringList{QStringLiteral("NU")}));
        QCOMPARE(T4ARules::provincesForPostalCode(QStringLiteral("X0G 1A1")),
                 (QStringList{QStringLiteral("NT")}));
        QVERIFY(T4ARules::provincesForPostalCode(QStringLiteral("X9Z 1A1")).isEmpty());
        QVERIFY(T4ARules::provincesForPostalCode(QStringLiteral("D0A 0H0")).isEmpty());
    }

    void craAmount_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("five cents") << qint64(5) << "0.05";
        QTest::newRow("doc example") << qint64(123456) << "1234.56";
        QTest::newRow("no thousands separator") << qint64(123456789) << "1234567.89";
        QTest::newRow("threshold") << qint64(50000) << "500.00";
        QTest::newRow("9 integer digits") << qint64(99999999999LL) << "999999999.99";
        QTest::newRow("negative") << qint64(-1230) << "-12.30";
    }
    void craAmount() {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(T4ARules::craAmount(cents), text);
        qint64 back = -1;
        QVERIFY(T4ARules::parseCraAmount(text, &back));
        QCOMPARE(back, cents);
    }
    void craAmountRejects() {
        qint64 v = 0;
        QVERIFY(!T4ARules::parseCraAmount(QStringLiteral("1,234.56"), &v));
        QVERIFY(!T4ARules::parseCraAmount(QStringLiteral("12.3"), &v));
        QVERIFY(!T4ARules::parseCraAmount(QStringLiteral("$12.30"), &v));
        QVERIFY(T4ARules::parseCraAmount(QStringLiteral("12,30"), &v)); // the schema accepts a decimal comma
        QCOMPARE(v, qint64(1230));
    }

    void nameLimits() {
        QCOMPARE(T4ARules::kSurnameMax, 20);
        QCOMPARE(T4ARules::kGivenNameMax, 12);
        QCOMPARE(T4ARules::kInitialMax, 1);
        QCOMPARE(T4ARules::kBusinessNameLineMax, 30);
        QCOMPARE(T4ARules::kAddressLineMax, 30);
        QCOMPARE(T4ARules::kCityMax, 28);
        QVERIFY(T4ARules::fitsLimit(QStringLiteral("Tremblay-Desrochers"), T4ARules::kSurnameMax));
        QVERIFY(!T4ARules::fitsLimit(QStringLiteral("Tremblay-Desrochers-Lavoie"), T4ARules::kSurnameMax));
        QVERIFY(T4ARules::fitsLimit(QStringLiteral("Marie-Claude"), T4ARules::kGivenNameMax));
        QVERIFY(!T4ARules::fitsLimit(QStringLiteral("Marie-Christine"), T4ARules::kGivenNameMax));
        QVERIFY(T4ARules::fitsLimit(QStringLiteral("  Jean  "), T4ARules::kGivenNameMax)); // trimmed
    }

    void thresholdAndAggregation() {
        QVERIFY(!T4ARules::slipDue(50000));
        QVERIFY(T4ARules::slipDue(50001));
        using P = T4ARules::Payment;
        const QList<P> payments = {
            {QStringLiteral("M1"), QDate(2025, 3, 1), 30000, 3900, true},
            {QStringLiteral("M1"), QDate(2025, 11, 1), 20000, 2600, true}, // exactly $500: not due
            {QStringLiteral("M2"), QDate(2025, 1, 5), 50001, 0, true},     // one cent over: due
            {QStringLiteral("M3"), QDate(2024, 12, 31), 90000, 0, true},   // other year
            {QStringLiteral("M3"), QDate(2025, 6, 1), 40000, 0, true},
            {QStringLiteral("M3"), QDate(2025, 6, 2), 30000, 0, false}, // a charge, not a fee
        };
        const auto totals = T4ARules::aggregate(payments, 2025);
        QCOMPARE(totals.value(QStringLiteral("M1")).box048Cents, qint64(50000)); // GST/HST excluded
        QVERIFY(!totals.value(QStringLiteral("M1")).slipDue);
        QVERIFY(totals.value(QStringLiteral("M2")).slipDue);
        QCOMPARE(totals.value(QStringLiteral("M3")).box048Cents, qint64(40000));
        QVERIFY(!totals.value(QStringLiteral("M3")).slipDue);
        QCOMPARE(T4ARules::filingDeadline(2024), QDate(2025, 2, 28));
        QCOMPARE(T4ARules::filingDeadline(2027), QDate(2028, 2, 29));
    }
    void finalizeRefusalInWords() {
        // The database's refusal lists payees and problem codes; the desk says names and labels.
        const QString server = QStringLiteral(
            "slips with problems cannot be finalised: mechanic 12: missing_tin, postal_province; workshop 3: "
            "missing_address; mechanic 40: invalid_s");
        const QString text = T4ARules::problemsMessage(server, [](const QString &key) {
            return key == u"M12" ? QStringLiteral("Nadia Haddad") : QString();
        });
        QVERIFY2(
            text.contains(QStringLiteral("Nadia Haddad: Missing SIN/BN, Postal code not in the province")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Workshop #3: Missing address")), qPrintable(text));
        for (const char *code :
             {"missing_tin", "postal_province", "missing_address", "invalid_s", "mechanic 12"})
            QVERIFY2(!text.contains(QLatin1String(code)), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("…"))); // the server's list was cut
        QVERIFY(T4ARules::problemsMessage(QStringLiteral("permission denied"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTaxRules)
#include "tst_taxrules.moc"
