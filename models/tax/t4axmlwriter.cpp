#include "models/tax/t4axmlwriter.h"

#include "models/tax/t4arules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace adesk {

int T4AXmlLayout::slipAtLine(int line) const {
    auto it = std::upper_bound(slips.cbegin(), slips.cend(), line,
                               [](int l, const Span &s) { return l < s.firstLine; });
    if (it == slips.cbegin())
        return -1;
    --it;
    return line <= it->lastLine ? it->index : -1;
}

QString T4AXmlWriter::craPostalCode(const QString &postalCode) {
    QString s = postalCode.toUpper();
    s.remove(u' ');
    s.remove(u'-');
    return s;
}

namespace {

/// XML 1.0 "Char" (https://www.w3.org/TR/xml/#charsets) minus the line breaks and tabs, which
/// become spaces (one value per line): anything else (C0 controls, lone surrogates, U+FFFE/FFFF)
/// is dropped instead of making the file unreadable.
QString xmlText(const QString &value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r') {
            out += u' ';
        } else if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            out += c;
            out += value.at(++i);
        } else if (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF) {
            out += c;
        }
    }
    return out.trimmed();
}

/// Passes every byte to its target and counts the line breaks, the bytes and their SHA-256 on the
/// way, so that the writer knows its line without keeping the document (a file target keeps
/// nothing in memory).
class CountingDevice : public QIODevice {
public:
    explicit CountingDevice(QIODevice *target)
        : m_target(target)
        , m_hash(QCryptographicHash::Sha256) {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    int lines() const { return m_lines; }
    qint64 bytes() const { return m_bytes; }
    QByteArray sha256() const { return m_hash.result(); }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override {
        if (m_target->write(data, len) != len) {
            m_failed = true;
            return -1;
        }
        m_lines += int(std::count(data, data + len, '\n'));
        m_hash.addData(QByteArrayView(data, len));
        m_bytes += len;
        return len;
    }

private:
    QIODevice *m_target;
    QCryptographicHash m_hash;
    int m_lines = 0;
    qint64 m_bytes = 0;
    bool m_failed = false;
};

/// QXmlStreamWriter over a CountingDevice: knows the line the writer is on (auto-formatting puts
/// every element on its own line), for the layout that maps schema errors back to slips.
class Out {
public:
    explicit Out(QIODevice *target)
        : m_device(target)
        , m_w(&m_device) {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
    }
    QXmlStreamWriter &w() { return m_w; }
    void open(const char *tag) { m_w.writeStartElement(QLatin1StringView(tag)); }
    void close() { m_w.writeEndElement(); }
    void leaf(const char *tag, const QString &value) {
        m_w.writeTextElement(QLatin1StringView(tag), xmlText(value));
    }
    void optLeaf(const char *tag, const QString &value) {
        if (!xmlText(value).isEmpty())
            leaf(tag, value);
    }
    /// The line the last written start tag is on (1-based).
    int line() const { return m_device.lines() + 1; }
    /// Ends the document with a line break; false when the target refused a write.
    bool finish() {
        m_w.writeEndDocument();
        if (!m_w.hasError())
            m_device.write("\n", 1);
        return !m_w.hasError() && !m_device.failed();
    }
    const CountingDevice &device() const { return m_device; }

private:
    CountingDevice m_device;
    QXmlStreamWriter m_w;
};

void address(Out &o, const char *tag, const QString &l1, const QString &l2, const QString &city,
             const QString &province, const QString &postal) {
    if (xmlText(l1).isEmpty() && xmlText(city).isEmpty() && province.isEmpty() && postal.isEmpty())
        return;
    o.open(tag);
    o.optLeaf("addr_l1_txt", l1);
    o.optLeaf("addr_l2_txt", l2);
    o.optLeaf("cty_nm", city);
    o.optLeaf("prov_cd", province);
    o.leaf("cntry_cd", QStringLiteral("CAN"));
    o.optLeaf("pstl_cd", T4AXmlWriter::craPostalCode(postal));
    o.close();
}

void amount(Out &o, const char *tag, qint64 cents) {
    if (cents >= 0)
        o.leaf(tag, T4ARules::craAmount(cents));
}

void contact(Out &o, const T4APayer &p, bool withEmail) {
    o.open("CNTC");
    o.leaf("cntc_nm", p.contactName);
    o.leaf("cntc_area_cd", p.contactAreaCode);
    o.leaf("cntc_phn_nbr", p.contactPhone);
    o.optLeaf("cntc_extn_nbr", p.contactExtension);
    if (withEmail)
        o.leaf("cntc_email_area", p.contactEmail);
    o.close();
}

/// One T4ASlip element (@p index: its place in the return), its span and its amounts counted.
void writeSlip(Out &o, const T4ASlipData &s, const T4APayer &p, int index, T4AXmlWriter::Output *result) {
    T4AXmlLayout::Span span;
    span.index = index;
    span.slipId = s.slipId;
    o.open("T4ASlip");
    span.firstLine = o.line();
    const bool business = s.recipientKind == RecipientKind::Business;
    if (!business || !s.surname.isEmpty()) {
        o.open("RCPNT_NM");
        o.leaf("snm", s.surname);
        o.optLeaf("gvn_nm", s.givenName);
        o.optLeaf("init", s.initial);
        o.close();
    }
    o.leaf("sin", s.sin.isEmpty() ? QStringLiteral("000000000") : s.sin);
    o.leaf("rcpnt_bn", s.bn.isEmpty() ? QStringLiteral("000000000RT0000") : s.bn);
    if (business) {
        o.open("RCPNT_CORP_NM");
        o.leaf("l1_nm", s.businessName);
        o.optLeaf("l2_nm", s.businessName2);
        o.close();
    }
    address(o, "RCPNT_ADDR", s.addressLine1, s.addressLine2, s.city, s.province, s.postalCode);
    o.leaf("rcpnt_nbr", s.key());
    o.leaf("bn", p.payerAccount);
    o.leaf("rpt_tcd", toCode(s.reportType));
    o.open("T4A_AMT");
    amount(o, "pens_spran_amt", s.box016Cents);
    amount(o, "lsp_amt", s.box018Cents);
    amount(o, "self_empl_cmsn_amt", s.box020Cents);
    amount(o, "itx_ddct_amt", s.box022Cents);
    amount(o, "annty_amt", s.box024Cents);
    amount(o, "fee_or_oth_srvc_amt", s.box048Cents);
    o.close(); // T4A_AMT
    o.close(); // T4ASlip
    span.lastLine = o.line();
    result->layout.slips.append(span);
    result->totals.add(s);
}

} // namespace

T4AXmlWriter::Output T4AXmlWriter::write(const T4AReturnData &d, const std::function<bool(int)> &keepGoing) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Output result = write(d, &buffer, keepGoing);
    if (!result.cancelled)
        result.xml = std::move(buffer.buffer());
    return result;
}

T4AXmlWriter::Output T4AXmlWriter::write(const T4AReturnData &d, QIODevice *device,
                                         const std::function<bool(int)> &keepGoing) {
    return write(d, feedOf(d.slips), device, keepGoing);
}

T4AXmlWriter::SlipFeed T4AXmlWriter::feedOf(const QList<T4ASlipData> &slips) {
    return [slips, given = false](QList<T4ASlipData> *page, QString *) mutable {
        *page = given ? QList<T4ASlipData>() : slips;
        given = true;
        return true;
    };
}

T4AXmlWriter::Output T4AXmlWriter::write(const T4AReturnData &d, const SlipFeed &feed, QIODevice *device,
                                         const std::function<bool(int)> &keepGoing) {
    Output result;
    Out o(device);
    const T4APayer &p = d.payer;
    o.w().writeStartDocument(QStringLiteral("1.0"));
    o.open("Submission");
    o.w().writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));

    // T619, CRA's 2026 layout (t619-2026.xsd): no rpt_tcd, trnmtr_nbr or TRNMTR_ADDR.
    o.open("T619");
    result.layout.transmitter.firstLine = o.line();
    o.leaf("sbmt_ref_id", d.submissionRef);
    if (p.transmitterKind == u"repid") {
        o.open("TransmitterRepID");
        o.leaf("RepID", p.transmitterNumber);
        o.close();
    } else {
        o.open("TransmitterAccountNumber");
        const QByteArray kind =
            p.transmitterKind.isEmpty() ? QByteArrayLiteral("bn9") : p.transmitterKind.toLatin1();
        o.leaf(kind.constData(), p.transmitterNumber);
        o.close();
    }
    o.leaf("summ_cnt", QStringLiteral("1"));
    o.leaf("lang_cd", p.language.isEmpty() ? QStringLiteral("E") : p.language);
    o.open("TransmitterName");
    o.leaf("l1_nm", p.nameLine1);
    o.close();
    o.leaf("TransmitterCountryCode", QStringLiteral("CAN"));
    contact(o, p, true);
    o.close(); // T619
    result.layout.transmitter.lastLine = o.line();

    o.open("Return");
    result.layout.returnFirstLine = o.line();
    o.open("T4A");
    QList<T4ASlipData> page;
    int i = 0;
    for (;;) {
        QString feedError;
        if (!feed(&page, &feedError)) {
            result.error = feedError;
            return result;
        }
        if (page.isEmpty())
            break;
        for (const T4ASlipData &s : std::as_const(page)) {
            if (keepGoing && i % 1000 == 0 && !keepGoing(i)) {
                result.cancelled = true;
                return result;
            }
            writeSlip(o, s, p, i++, &result);
        }
    }
    o.open("T4ASummary");
    result.layout.summary.firstLine = o.line();
    o.leaf("bn", p.payerAccount);
    o.open("PAYR_NM");
    o.leaf("l1_nm", p.nameLine1);
    o.optLeaf("l2_nm", p.nameLine2);
    o.close();
    address(o, "PAYR_ADDR", p.addressLine1, p.addressLine2, p.city, p.province, p.postalCode);
    contact(o, p, false);
    o.leaf("tx_yr", QString::number(d.taxYear));
    const T4ASummaryTotals &totals = result.totals;
    o.leaf("slp_cnt", QString::number(totals.slipCount));
    o.leaf("rpt_tcd", toCode(totals.reportType));
    if (totals.reportType == ReportType::Amended)
        o.optLeaf("fileramendmentnote", d.amendmentNote);
    o.open("T4A_TAMT");
    const qint64 t016 = totals.box016Cents;
    const qint64 t018 = totals.box018Cents;
    const qint64 t020 = totals.box020Cents;
    const qint64 t022 = totals.box022Cents;
    const qint64 t024 = totals.box024Cents;
    if (t016 > 0)
        o.leaf("tot_pens_spran_amt", T4ARules::craAmount(t016));
    if (t018 > 0)
        o.leaf("tot_lsp_amt", T4ARules::craAmount(t018));
    if (t020 > 0)
        o.leaf("tot_self_cmsn_amt", T4ARules::craAmount(t020));
    if (t024 > 0)
        o.leaf("tot_annty_incamt", T4ARules::craAmount(t024));
    if (t022 > 0)
        o.leaf("tot_itx_dedn_amt", T4ARules::craAmount(t022));
    o.leaf("rpt_tot_fee_srvc_amt", T4ARules::craAmount(totals.box048Cents));
    o.close(); // T4A_TAMT
    o.close(); // T4ASummary
    result.layout.summary.lastLine = o.line();
    o.close(); // T4A
    o.close(); // Return
    o.close(); // Submission
    if (!o.finish())
        result.error = QCoreApplication::translate("adesk::T4AXmlWriter", "Cannot write the XML file: %1")
                           .arg(device->errorString());
    result.bytes = o.device().bytes();
    result.sha256 = o.device().sha256();
    return result;
}

} // namespace adesk
