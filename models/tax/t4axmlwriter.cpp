#include "models/tax/t4axmlwriter.h"

#include "models/tax/t4arules.h"

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

class Out {
public:
    Out() { m_buf.reserve(1 << 16); }
    void open(const char *tag, int depth) {
        indent(depth);
        m_buf += '<';
        m_buf += tag;
        m_buf += ">\n";
        ++m_line;
    }
    void close(const char *tag, int depth) {
        indent(depth);
        m_buf += "</";
        m_buf += tag;
        m_buf += ">\n";
        ++m_line;
    }
    void leaf(const char *tag, const QString &value, int depth) {
        indent(depth);
        m_buf += '<';
        m_buf += tag;
        m_buf += '>';
        escape(value);
        m_buf += "</";
        m_buf += tag;
        m_buf += ">\n";
        ++m_line;
    }
    void optLeaf(const char *tag, const QString &value, int depth) {
        if (!value.isEmpty())
            leaf(tag, value, depth);
    }
    void raw(const char *text) {
        m_buf += text;
        for (const char *p = text; *p; ++p)
            if (*p == '\n')
                ++m_line;
    }
    int line() const { return m_line; } ///< the line the next element starts on
    QByteArray take() { return std::move(m_buf); }

private:
    void indent(int depth) { m_buf.append(depth * 2, ' '); }
    void escape(const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '<':
                m_buf += "&lt;";
                break;
            case '>':
                m_buf += "&gt;";
                break;
            case '&':
                m_buf += "&amp;";
                break;
            case '"':
                m_buf += "&quot;";
                break;
            case '\n':
            case '\r':
                m_buf += ' ';
                break; // keep one element per line
            default:
                m_buf += c;
            }
        }
    }
    QByteArray m_buf;
    int m_line = 1;
};

void address(Out &o, const char *tag, const QString &l1, const QString &l2, const QString &city,
             const QString &province, const QString &postal, int depth) {
    if (l1.isEmpty() && city.isEmpty() && province.isEmpty() && postal.isEmpty())
        return;
    o.open(tag, depth);
    o.optLeaf("addr_l1_txt", l1, depth + 1);
    o.optLeaf("addr_l2_txt", l2, depth + 1);
    o.optLeaf("cty_nm", city, depth + 1);
    o.optLeaf("prov_cd", province, depth + 1);
    o.leaf("cntry_cd", QStringLiteral("CAN"), depth + 1);
    o.optLeaf("pstl_cd", T4AXmlWriter::craPostalCode(postal), depth + 1);
    o.close(tag, depth);
}

void amount(Out &o, const char *tag, qint64 cents, int depth) {
    if (cents >= 0)
        o.leaf(tag, T4ARules::craAmount(cents), depth);
}

} // namespace

T4AXmlWriter::Output T4AXmlWriter::write(const T4AReturnData &d, const std::function<bool(int)> &keepGoing) {
    Output result;
    Out o;
    const T4APayer &p = d.payer;
    o.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.raw("<Submission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:noNamespaceSchemaLocation=\"layout-topologie.xsd\">\n");
    result.layout.transmitter.firstLine = o.line();
    o.open("T619", 1);
    o.leaf("sbmt_ref_id", d.submissionRef, 2);
    if (p.transmitterKind == u"repid") {
        o.leaf("TransmitterRepID", p.transmitterNumber, 2);
    } else {
        o.open("TransmitterAccountNumber", 2);
        const QByteArray kind = p.transmitterKind.toLatin1();
        o.leaf(kind.isEmpty() ? "bn9" : kind.constData(), p.transmitterNumber, 3);
        o.close("TransmitterAccountNumber", 2);
    }
    o.leaf("summ_cnt", QStringLiteral("1"), 2);
    o.leaf("lang_cd", p.language.isEmpty() ? QStringLiteral("E") : p.language, 2);
    o.open("TRNMTR_NM", 2);
    o.leaf("l1_nm", p.nameLine1, 3);
    o.optLeaf("l2_nm", p.nameLine2, 3);
    o.close("TRNMTR_NM", 2);
    o.open("CNTC", 2);
    o.leaf("cntc_nm", p.contactName, 3);
    o.leaf("cntc_area_cd", p.contactAreaCode, 3);
    o.leaf("cntc_phn_nbr", p.contactPhone, 3);
    o.optLeaf("cntc_extn_nbr", p.contactExtension, 3);
    o.leaf("cntc_email_area", p.contactEmail, 3);
    o.close("CNTC", 2);
    o.close("T619", 1);
    result.layout.transmitter.lastLine = o.line() - 1;

    result.layout.returnFirstLine = o.line();
    o.open("Return", 1);
    o.open("T4A", 2);
    result.layout.slips.reserve(d.slips.size());
    for (int i = 0; i < d.slips.size(); ++i) {
        if (keepGoing && i % 1000 == 0 && !keepGoing(i)) {
            result.cancelled = true;
            return result;
        }
        const T4ASlipData &s = d.slips[i];
        T4AXmlLayout::Span span;
        span.index = i;
        span.firstLine = o.line();
        o.open("T4ASlip", 3);
        const bool business = s.recipientKind == RecipientKind::Business;
        if (!business || !s.surname.isEmpty()) {
            o.open("RCPNT_NM", 4);
            o.leaf("snm", s.surname, 5);
            o.optLeaf("gvn_nm", s.givenName, 5);
            o.optLeaf("init", s.initial, 5);
            o.close("RCPNT_NM", 4);
        }
        o.leaf("sin", s.sin.isEmpty() ? QStringLiteral("000000000") : s.sin, 4);
        o.leaf("rcpnt_bn", s.bn.isEmpty() ? QStringLiteral("000000000RT0000") : s.bn, 4);
        if (business) {
            o.open("RCPNT_CORP_NM", 4);
            o.leaf("l1_nm", s.businessName, 5);
            o.optLeaf("l2_nm", s.businessName2, 5);
            o.close("RCPNT_CORP_NM", 4);
        }
        address(o, "RCPNT_ADDR", s.addressLine1, s.addressLine2, s.city, s.province, s.postalCode, 4);
        o.leaf("rcpnt_nbr", s.key(), 4);
        o.leaf("bn", p.payerAccount, 4);
        o.leaf("rpt_tcd", toCode(s.reportType), 4);
        o.open("T4A_AMT", 4);
        amount(o, "pens_spran_amt", s.box016Cents, 5);
        amount(o, "lsp_amt", s.box018Cents, 5);
        amount(o, "self_empl_cmsn_amt", s.box020Cents, 5);
        amount(o, "itx_ddct_amt", s.box022Cents, 5);
        amount(o, "annty_amt", s.box024Cents, 5);
        amount(o, "fee_or_oth_srvc_amt", s.box048Cents, 5);
        o.close("T4A_AMT", 4);
        o.close("T4ASlip", 3);
        span.lastLine = o.line() - 1;
        result.layout.slips.append(span);
    }
    result.layout.summary.firstLine = o.line();
    o.open("T4ASummary", 3);
    o.leaf("bn", p.payerAccount, 4);
    o.open("PAYR_NM", 4);
    o.leaf("l1_nm", p.nameLine1, 5);
    o.optLeaf("l2_nm", p.nameLine2, 5);
    o.close("PAYR_NM", 4);
    address(o, "PAYR_ADDR", p.addressLine1, p.addressLine2, p.city, p.province, p.postalCode, 4);
    o.open("CNTC", 4);
    o.leaf("cntc_nm", p.contactName, 5);
    o.leaf("cntc_area_cd", p.contactAreaCode, 5);
    o.leaf("cntc_phn_nbr", p.contactPhone, 5);
    o.optLeaf("cntc_extn_nbr", p.contactExtension, 5);
    o.close("CNTC", 4);
    o.leaf("tx_yr", QString::number(d.taxYear), 4);
    o.leaf("slp_cnt", QString::number(d.slips.size()), 4);
    o.leaf("rpt_tcd", toCode(d.summaryReportType()), 4);
    if (d.summaryReportType() == ReportType::Amended)
        o.optLeaf("fileramendmentnote", d.amendmentNote, 4);
    o.open("T4A_TAMT", 4);
    const qint64 t016 = d.totalBoxCents(&T4ASlipData::box016Cents);
    const qint64 t018 = d.totalBoxCents(&T4ASlipData::box018Cents);
    const qint64 t020 = d.totalBoxCents(&T4ASlipData::box020Cents);
    const qint64 t022 = d.totalBoxCents(&T4ASlipData::box022Cents);
    const qint64 t024 = d.totalBoxCents(&T4ASlipData::box024Cents);
    if (t016 > 0)
        o.leaf("tot_pens_spran_amt", T4ARules::craAmount(t016), 5);
    if (t018 > 0)
        o.leaf("tot_lsp_amt", T4ARules::craAmount(t018), 5);
    if (t020 > 0)
        o.leaf("tot_self_cmsn_amt", T4ARules::craAmount(t020), 5);
    if (t024 > 0)
        o.leaf("tot_annty_incamt", T4ARules::craAmount(t024), 5);
    if (t022 > 0)
        o.leaf("tot_itx_dedn_amt", T4ARules::craAmount(t022), 5);
    o.leaf("rpt_tot_fee_srvc_amt", T4ARules::craAmount(d.totalBox048Cents()), 5);
    o.close("T4A_TAMT", 4);
    o.close("T4ASummary", 3);
    result.layout.summary.lastLine = o.line() - 1;
    o.close("T4A", 2);
    o.close("Return", 1);
    o.raw("</Submission>\n");
    result.xml = o.take();
    return result;
}

} // namespace adesk
