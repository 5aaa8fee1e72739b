// Colours under a light and a dark palette (issue 10). The semantic roles of
// views/common/semanticcolors.h must keep the WCAG contrast ratio of 4.5:1 against the palette's
// Base and Window, and the panes' colour-bearing widgets must be readable as they are drawn: each
// widget is built under the palette, put in the state that colours it (an error message, an
// integrity verdict, an overdue row, the program card's worked example …) and read back, either
// from its pixels (text drawn without antialiasing, so the text's own colour is on screen) or, for
// rich text, from the document's formats. A colour written for a light background (dark red on the
// window, a light table under the palette's light text) fails here under the dark palette.

#include "models/compliance/verification.h"
#include "models/compliance/verificationqueuemodel.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/tax/t4amodel.h"
#include "views/bays/baycalendarpane.h"
#include "views/bays/bookingcolors.h"
#include "views/common/semanticcolors.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/queuedelegate.h"
#include "views/compliance/reviewpane.h"
#include "views/documents/documentbanner.h"
#include "views/documents/documentsearchbar.h"
#include "views/documents/pagecanvas.h"
#include "views/documents/pagerenderqueue.h"
#include "views/partnerships/agreementspanel.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"
#include "views/tax/t4apane.h"
#include "views/tax/taxprofileeditor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>
#include <QToolButton>

using namespace adesk;

namespace {

constexpr double kMinimum = 4.5;

/// WCAG 2 contrast ratio, computed here rather than by the code under test.
double luminance(const QColor &c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
double ratio(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

/// The dark palette the screenshots use (SemanticColors::darkPalette: Breeze Dark's recipe).
QPalette darkPalette() {
    return SemanticColors::darkPalette();
}

QString describe(const QColor &fg, const QColor &bg) {
    return QStringLiteral("%1 on %2 (%3:1)").arg(fg.name(), bg.name()).arg(ratio(fg, bg), 0, 'f', 2);
}

/// What an image of text shows: its most frequent colour is the background; the text is the colour
/// farthest from it (the text is drawn without antialiasing, so its own colour is on screen).
struct Reading {
    QColor background;
    QColor text;
    double contrast = 0;
    QString describe() const { return ::describe(text, background); }
};

Reading read(const QImage &image) {
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            ++counts[line[x] | 0xff000000];
    }
    Reading r;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            r.background = QColor::fromRgb(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double c = ratio(QColor::fromRgb(it.key()), r.background);
        if (c > r.contrast) {
            r.contrast = c;
            r.text = QColor::fromRgb(it.key());
        }
    }
    return r;
}

Reading read(QWidget *w, const QRect &area = {}) {
    // A font set on the widget itself (the monospace digest) brings its own antialiasing back.
    QFont f = w->font();
    f.setStyleStrategy(QFont::NoAntialias);
    w->setFont(f);
    const QImage image = w->grab().toImage();
    return read(area.isNull() ? image : image.copy(area));
}

/// The label under @p root that shows @p text.
QLabel *labelShowing(QWidget *root, const QString &text) {
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->text() == text)
            return l;
    }
    return nullptr;
}

/// The lowest contrast of any text in @p doc: each fragment's colour (or @p text) against its
/// own background, its table cell's, its table's, its block's or @p base. Lists fragments below
/// the minimum in @p low.
double richTextContrast(const QTextDocument &doc, const QColor &text, const QColor &base, QStringList *low) {
    double worst = 21;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QColor bg = base;
        if (block.blockFormat().background().style() != Qt::NoBrush)
            bg = block.blockFormat().background().color();
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            const QBrush cellBrush = table->cellAt(cursor).format().background();
            const QBrush tableBrush = table->format().background();
            if (cellBrush.style() != Qt::NoBrush)
                bg = cellBrush.color();
            else if (tableBrush.style() != Qt::NoBrush)
                bg = tableBrush.color();
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat cf = f.charFormat();
            const QColor fg = cf.foreground().style() != Qt::NoBrush ? cf.foreground().color() : text;
            const QColor back = cf.background().style() != Qt::NoBrush ? cf.background().color() : bg;
            const double c = ratio(fg, back);
            worst = std::min(worst, c);
            if (c < kMinimum)
                *low << QStringLiteral("\"%1\": %2").arg(f.text(), describe(fg, back));
        }
    }
    return worst;
}

/// Paints @p index of @p model through @p delegate as an unselected (or selected) cell.
QImage paintCell(QAbstractItemDelegate *delegate, QWidget *view, const QModelIndex &index, bool selected,
                 const QSize &size = {260, 28}) {
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(QPoint(0, 0), size);
    option.state |= QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    option.font = view->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.widget = view;
    option.features |= QStyleOptionViewItem::HasDisplay;
    QImage image(size, QImage::Format_RGB32);
    image.fill(view->palette().color(QPalette::Base));
    QPainter p(&image);
    delegate->paint(&p, option, index);
    p.end();
    return image;
}

} // namespace

class TstPaletteContrast : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rolesAreReadable_data();
    void rolesAreReadable();
    void panesAreReadable_data();
    void panesAreReadable();
    void nothingLightUnderTheDarkPalette();
    void checkedSwitchStandsOut_data();
    void checkedSwitchStandsOut();

private:
    void check(const QString &what, const Reading &r);
    QStringList m_failures;
};

void TstPaletteContrast::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    QApplication::setStyle(QStringLiteral("Fusion"));
    // Text drawn without antialiasing: the text's own colour is on screen, so reading the pixels
    // reads the colour the widget chose.
    QFont f = QApplication::font();
    f.setStyleStrategy(QFont::NoAntialias);
    QApplication::setFont(f);
}

void TstPaletteContrast::rolesAreReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    // A dark palette whose Base is lighter than its Window, and a dim light one.
    QPalette dim = darkPalette();
    dim.setColor(QPalette::Base, QColor(0x4a, 0x4a, 0x4a));
    QTest::newRow("dark, light base") << dim << true;
    QPalette grey = lightPalette();
    grey.setColor(QPalette::Window, QColor(0xc8, 0xc8, 0xc8));
    grey.setColor(QPalette::Base, QColor(0xdd, 0xdd, 0xdd));
    QTest::newRow("light, grey window") << grey << false;
}

void TstPaletteContrast::rolesAreReadable() {
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    const SemanticColors colors(palette);
    QCOMPARE(colors.isDark(), dark);
    const QColor base = palette.color(QPalette::Base), window = palette.color(QPalette::Window);
    QStringList low;
    auto expect = [&](const QString &what, const QColor &fg, const QColor &bg) {
        if (ratio(fg, bg) < kMinimum)
            low << what + QStringLiteral(": ") + describe(fg, bg);
    };
    using Role = SemanticColors::Role;
    const QList<QPair<Role, QString>> roles = {
        {Role::Ok, QStringLiteral("ok")},           {Role::Info, QStringLiteral("info")},
        {Role::Warning, QStringLiteral("warning")}, {Role::Overdue, QStringLiteral("overdue")},
        {Role::Error, QStringLiteral("error")},     {Role::Muted, QStringLiteral("muted")}};
    QSet<QRgb> distinct;
    for (const auto &[role, name] : roles) {
        expect(name + QStringLiteral(" text on Base"), colors.text(role), base);
        expect(name + QStringLiteral(" text on Window"), colors.text(role), window);
        expect(name + QStringLiteral(" banner"), colors.textOn(role), colors.background(role));
        expect(QStringLiteral("palette text on the %1 banner").arg(name), palette.color(QPalette::Text),
               colors.background(role));
        expect(name + QStringLiteral(" fill"), colors.textOnFill(role), colors.fill(role));
        distinct.insert(colors.text(role).rgb());
    }
    QCOMPARE(distinct.size(), roles.size()); // six roles, six colours
    // Chart bars are shapes, not text: WCAG asks 3:1 against what is around them (the chart's Base).
    for (int i = 0; i < 8; ++i) {
        if (ratio(colors.series(i), base) < 3)
            low << QStringLiteral("series %1 on Base: %2").arg(i).arg(describe(colors.series(i), base));
    }
    expect(QStringLiteral("document viewer desk"), colors.textOnDesk(), colors.desk());
    for (BookingStatus s : {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::CheckedIn,
                            BookingStatus::Completed, BookingStatus::Cancelled, BookingStatus::NoShow})
        expect(QStringLiteral("booking %1").arg(int(s)), bookingcolors::text(palette, s),
               bookingcolors::fill(palette, s));
    QVERIFY2(low.isEmpty(), qPrintable(low.join(u'\n')));
}

void TstPaletteContrast::panesAreReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TstPaletteContrast::check(const QString &what, const Reading &r) {
    if (r.contrast < kMinimum)
        m_failures << what + QStringLiteral(": ") + r.describe();
}

void TstPaletteContrast::panesAreReadable() {
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    m_failures.clear();

    // Review: the decision panel's messages, the integrity verdict and the approve button.
    {
        DecisionPanel panel;
        panel.resize(420, 900);
        VerificationDetail d;
        d.id = 7;
        d.version = 1;
        d.status = verification::Status::Pending;
        d.entityName = QStringLiteral("Garage Alpha");
        d.documentId = 3;
        d.sha256 = QByteArray(32, '\x5a');
        panel.setDetail(d);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<QPair<DecisionPanel::MessageKind, QString>> kinds = {
            {DecisionPanel::MessageKind::Info, QStringLiteral("info")},
            {DecisionPanel::MessageKind::Success, QStringLiteral("success")},
            {DecisionPanel::MessageKind::Warning, QStringLiteral("warning")},
            {DecisionPanel::MessageKind::Error, QStringLiteral("error")}};
        for (const auto &[kind, name] : kinds) {
            panel.showMessage(QStringLiteral("Message IIII"), kind);
            check(QStringLiteral("decision panel %1 message").arg(name),
                  read(panel.findChild<QLabel *>(QStringLiteral("decisionMessage"))));
        }
        for (bool ok : {true, false}) {
            panel.setDocumentIntegrity(ok);
            check(QStringLiteral("integrity verdict (%1)").arg(ok ? "matches" : "differs"),
                  read(panel.findChild<QLabel *>(QStringLiteral("sha256Label"))));
        }
        auto *approve = panel.findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve->isEnabled());
        check(QStringLiteral("approve button"), read(approve, approve->rect().adjusted(4, 4, -4, -4)));
    }
    {
        ReviewPane pane;
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showQueueMessage(QStringLiteral("The queue could not load"));
        check(QStringLiteral("review queue message"),
              read(labelShowing(&pane, QStringLiteral("The queue could not load"))));
    }
    // The queue's delegate: overdue age, expiry states, who holds the claim, the status chips.
    {
        QStandardItemModel model(1, VerificationQueueModel::ColumnCount);
        QTableView view;
        view.setModel(&model);
        QueueDelegate delegate;
        auto set = [&](int column, const QString &text, int role, const QVariant &value) {
            model.setData(model.index(0, column), text, Qt::DisplayRole);
            model.setData(model.index(0, column), value, role);
        };
        set(VerificationQueueModel::Age, QStringLiteral("3 d 4 h"), VerificationQueueModel::OverdueRole,
            true);
        model.setData(model.index(0, VerificationQueueModel::Expiry), QStringLiteral("2025-01-31"));
        model.setData(model.index(0, VerificationQueueModel::ClaimedBy), QStringLiteral("admin_two"));
        check(QStringLiteral("overdue age"),
              read(paintCell(&delegate, &view, model.index(0, VerificationQueueModel::Age), false)));
        for (int state : {1, 2}) {
            model.setData(model.index(0, VerificationQueueModel::Expiry), state,
                          VerificationQueueModel::ExpiryStateRole);
            check(QStringLiteral("expiry state %1").arg(state),
                  read(paintCell(&delegate, &view, model.index(0, VerificationQueueModel::Expiry), false)));
        }
        check(QStringLiteral("claimed by"),
              read(paintCell(&delegate, &view, model.index(0, VerificationQueueModel::ClaimedBy), false)));
        for (auto s :
             {verification::Status::Pending, verification::Status::Approved, verification::Status::Rejected,
              verification::Status::Expired, verification::Status::Superseded}) {
            const QString text = QStringLiteral("WWWWWWWWWW");
            set(VerificationQueueModel::StatusColumn, text, VerificationQueueModel::StatusRole, int(s));
            for (bool selected : {false, true}) {
                const QImage cell = paintCell(&delegate, &view,
                                              model.index(0, VerificationQueueModel::StatusColumn), selected);
                // The chip's straight middle part: from the left of the text to its right, the
                // chip's full inner height around the cell's centre.
                QFont f = view.font();
                f.setPointSizeF(f.pointSizeF() * 0.9);
                const QFontMetrics fm(f);
                const int h = fm.height();
                const QRect inner(4 + h / 2 + 7, cell.height() / 2 - h / 2 + 2,
                                  fm.horizontalAdvance(text) - h, h - 4);
                check(QStringLiteral("status chip %1%2")
                          .arg(verification::statusLabel(s),
                               selected ? QStringLiteral(" (selected)") : QString()),
                      read(cell.copy(inner)));
            }
        }
    }
    // Tax: a field's problem under it; the T4A pane's message and its table's colours.
    {
        TaxProfileEditor editor;
        TaxProfile p;
        p.id = 4;
        p.recipientKind = RecipientKind::Individual;
        p.payeeName = QStringLiteral("Marie Tremblay");
        editor.setProfile(p);
        editor.resize(500, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("sin")), QStringLiteral("123"));
        QLabel *message = editor.messageLabel(QStringLiteral("sin"));
        QVERIFY(message && message->isVisible());
        check(QStringLiteral("tax profile field problem"), read(message));
    }
    {
        // Two payees with a slip due and a problem; statements $200 under the fees, explained by
        // unpaid and prior-year amounts for the first (a warning), unexplained for the second (an error).
        auto payee = [](qint64 id, const char *name, qint64 priorPaid) {
            T4AOverviewRow r;
            r.payeeId = id;
            r.payeeName = QString::fromUtf8(name);
            r.payeeParty = Party::Mechanic;
            r.slipDue = true;
            r.problems = {QStringLiteral("invalid_sin")};
            r.feesCents = 70000;
            r.statementCents = 50000;
            r.unpaidCents = 40000;
            r.priorPaidCents = priorPaid;
            return r;
        };
        T4AModel model;
        const T4AOverviewRow a = payee(1, "Marie Tremblay", 60000), b = payee(2, "Garage Lavoie", 0);
        QVERIFY(a.differenceExplained() && !b.differenceExplained());
        model.setRows(2025, {a, b});
        T4APane pane(&model);
        pane.resize(1400, 800);
        pane.setYears({2025}, 2025);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showMessage(QStringLiteral("The slips could not be written"), true);
        check(QStringLiteral("T4A error message"),
              read(labelShowing(&pane, QStringLiteral("The slips could not be written"))));
        QTableView *table = nullptr;
        for (QTableView *t : pane.findChildren<QTableView *>()) {
            if (t->model() && t->model()->columnCount() == model.columnCount())
                table = t;
        }
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto r = table->model()->index(row, 0).data(T4AModel::RowRole).value<T4AOverviewRow>();
            const QString who = r.payeeName;
            check(QStringLiteral("T4A problems of %1").arg(who),
                  read(paintCell(table->itemDelegate(), table,
                                 table->model()->index(row, T4AModel::ProblemsColumn), false, {420, 28})));
            check(QStringLiteral("T4A difference of %1").arg(who),
                  read(paintCell(table->itemDelegate(), table,
                                 table->model()->index(row, T4AModel::DifferenceColumn), false, {160, 28})));
        }
    }
    // Partnerships: the panels' outcome messages, the program editor's issues, header and card.
    {
        PartnershipListModel partnerships;
        PartnershipsPanel panel(&partnerships);
        AgreementListModel agreements;
        AgreementsPanel agreementsPanel(&agreements);
        for (QWidget *w : std::initializer_list<QWidget *>{&panel, &agreementsPanel}) {
            w->resize(900, 600);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
        }
        for (bool error : {false, true}) {
            const QString text = error ? QStringLiteral("Not saved") : QStringLiteral("Saved");
            panel.showMessage(text, error);
            agreementsPanel.showMessage(text, error);
            check(QStringLiteral("partnerships message (%1)").arg(text), read(labelShowing(&panel, text)));
            check(QStringLiteral("agreements message (%1)").arg(text),
                  read(labelShowing(&agreementsPanel, text)));
        }
    }
    {
        ProgramEditor editor;
        ProgramDetail d;
        d.workshopId = 7;
        d.workshopName = QStringLiteral("Garage Alpha");
        d.terms.name = QStringLiteral("Shares");
        d.terms.type = ProgramTerms::Type::RevenueShare;
        d.terms.platformFeeBp = 2000;
        d.terms.workshopShareBp = 2400;
        d.terms.mechanicShareBp = 5600;
        QSignalSpy asked(&editor, &ProgramEditor::workedExampleRequested);
        editor.setProgram(d);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // The worked example as the database answers it (PartnershipController's job, not here).
        QVERIFY(asked.wait(5000));
        ProgramExample example;
        example.on = QDate(2026, 3, 2);
        example.fee.feeBp = 2000;
        example.fee.ruleId = 1;
        example.fee.ruleName = QStringLiteral("Workshop session platform fee");
        example.split.grossCents = 50000;
        example.split.lines = {
            {EntryType::PlatformFee, Party::Platform, 2000, 10000, 0, SplitBasis::Agreement, {}},
            {EntryType::WorkshopShare, Party::Workshop, 2400, 12000, 0, SplitBasis::Agreement, {}},
            {EntryType::MechanicShare, Party::Mechanic, 5600, 28000, 0, SplitBasis::Agreement, {}}};
        editor.showWorkedExample(asked.last().at(0).toULongLong(), example);
        auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("preview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("$500.00"))); // the worked example is there
        QStringList low;
        richTextContrast(*preview->document(), preview->palette().color(QPalette::Text),
                         preview->palette().color(QPalette::Base), &low);
        for (const QString &l : std::as_const(low))
            m_failures << QStringLiteral("program card %1").arg(l);

        // The issues ("Ready to save." in the ok colour, then an invalid share in the error colour)
        // and the header's muted status: plain-text labels in their role's colour.
        auto plainContrast = [&](QLabel *label, const QString &what) {
            const QPalette lp = label->palette();
            const double ratio =
                SemanticColors::contrast(lp.color(QPalette::WindowText), lp.color(QPalette::Window));
            if (ratio < SemanticColors::kMinimumContrast)
                m_failures << QStringLiteral("%1 \"%2\" %3:1").arg(what, label->text()).arg(ratio, 0, 'f', 2);
        };
        auto *issues = editor.findChild<QLabel *>(QStringLiteral("issues"));
        QVERIFY(issues);
        const QColor ordinary = editor.palette().color(QPalette::WindowText);
        for (bool invalid : {false, true}) {
            if (invalid) {
                ProgramTerms bad = d.terms;
                bad.mechanicShareBp = 9000;
                editor.applyTerms(bad);
            }
            // In a colour of its own (the role's), readable.
            QVERIFY2(issues->palette().color(QPalette::WindowText) != ordinary, qPrintable(issues->text()));
            plainContrast(issues, QStringLiteral("program issues"));
        }
        auto *status = editor.findChild<QLabel *>(QStringLiteral("header_status"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QStringLiteral("Draft")));
        QVERIFY(status->palette().color(QPalette::WindowText) != ordinary);
        plainContrast(status, QStringLiteral("program header"));
    }
    // Bays: the calendar's banner.
    {
        BayCalendarPane pane;
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        for (bool error : {false, true}) {
            const QString text =
                error ? QStringLiteral("This clashes with a booking") : QStringLiteral("Booked");
            pane.showMessage(text, error);
            check(QStringLiteral("calendar banner (%1)").arg(text), read(labelShowing(&pane, text)));
        }
    }
    // Documents: the error and password banners, "not found" in the search field, the desk.
    {
        QWidget host;
        auto *banner = new DocumentBanner(&host);
        host.resize(700, 80);
        banner->resize(700, 80);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        banner->showError(QStringLiteral("This file is damaged"));
        check(QStringLiteral("document error banner"),
              read(banner->findChild<QLabel *>(QStringLiteral("documentBannerMessage"))));
        banner->showPasswordPrompt(QStringLiteral("This file needs a password"), false);
        check(QStringLiteral("document password banner"),
              read(banner->findChild<QLabel *>(QStringLiteral("documentBannerMessage"))));

        DocumentSearchBar bar;
        bar.resize(600, 40);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *field = bar.findChild<QLineEdit *>();
        field->setText(QStringLiteral("WWWWWW"));
        field->setCursorPosition(0);
        field->clearFocus();
        bar.setStatus(QStringLiteral("Not found"), true);
        check(QStringLiteral("search field, not found"), read(field, field->rect().adjusted(5, 5, -30, -5)));

        PageRenderQueue queue;
        PageCanvas canvas(&queue);
        canvas.resize(400, 300);
        canvas.setPlaceholderText(QStringLiteral("No document selected"));
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        check(QStringLiteral("document viewer placeholder"), read(canvas.viewport()));
    }
    for (const QString &f : std::as_const(m_failures))
        qWarning("unreadable: %s", qPrintable(f)); // QVERIFY2 cuts long messages
    QVERIFY2(m_failures.isEmpty(),
             qPrintable(QStringLiteral("%1 unreadable:\n").arg(m_failures.size()) + m_failures.join(u'\n')));
}

// A colour written for a light theme shows under the dark palette as a light patch (a white
// background in a style sheet, a chart in its light theme, a grid painted in light grey) or as text
// the eye cannot find (dark grey on the dark window). Each pane is built under the dark palette and
// every visible widget in it read back from its pixels: its background (the colour most of it is) is
// dark, and a label's text has at least 3:1 against it.
void TstPaletteContrast::nothingLightUnderTheDarkPalette() {
    QApplication::setPalette(darkPalette());
    T4AModel t4a;
    PartnershipListModel partnerships;
    AgreementListModel agreements;
    std::vector<std::unique_ptr<QWidget>> panes;
    panes.push_back(std::make_unique<ReviewPane>());
    panes.push_back(std::make_unique<BayCalendarPane>());
    panes.push_back(std::make_unique<T4APane>(&t4a));
    panes.push_back(std::make_unique<PartnershipsPanel>(&partnerships));
    panes.push_back(std::make_unique<AgreementsPanel>(&agreements));
    panes.push_back(std::make_unique<ProgramEditor>());
    panes.push_back(std::make_unique<TaxProfileEditor>());
    QStringList failures;
    int widgets = 0;
    for (const auto &pane : panes) {
        pane->resize(1366, 768);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        const QString name = QString::fromLatin1(pane->metaObject()->className());
        QList<QWidget *> all = pane->findChildren<QWidget *>();
        all.prepend(pane.get());
        for (QWidget *w : std::as_const(all)) {
            if (!w->isVisible() || w->width() < 8 || w->height() < 8)
                continue;
            ++widgets;
            // Its mean lightness: a gradient button has no one colour for most of it, but a light
            // patch shows in the mean whatever draws it.
            const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
            double sum = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    sum += luminance(image.pixelColor(x, y));
            const double mean = sum / (double(image.width()) * image.height());
            if (mean > 0.4)
                failures << QStringLiteral("%1/%2 (%3): light, mean luminance %4")
                                .arg(name, w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                                .arg(mean, 0, 'f', 2);
            auto *label = qobject_cast<QLabel *>(w);
            if (!label || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
                continue;
            if (const Reading r = read(w); r.contrast < 3)
                failures << QStringLiteral("%1/%2 label \"%3\": %4")
                                .arg(name, w->objectName(), label->text().left(40), r.describe());
        }
    }
    QVERIFY(widgets > 100); // the panes' widgets were read
    for (const QString &f : std::as_const(failures))
        qWarning("under the dark palette: %s", qPrintable(f));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TstPaletteContrast::checkedSwitchStandsOut_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

void TstPaletteContrast::checkedSwitchStandsOut() {
    // The calendar's Day / Week / Month switch: which one is on must show at a glance (issue 17: the
    // checked button was barely darker than the others under Fusion's dark palette).
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    BayCalendarPane pane;
    pane.resize(1366, 768);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<QToolButton *> modes;
    for (QToolButton *b : pane.findChildren<QToolButton *>())
        if (b->isCheckable() && b->isVisible() &&
            QSet<QString>{QStringLiteral("Day"), QStringLiteral("Week"), QStringLiteral("Month")}.contains(
                b->text()))
            modes << b;
    QCOMPARE(modes.size(), 3);
    const auto meanColour = [](QWidget *w) {
        const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
        double r = 0, g = 0, b = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                r += c.redF();
                g += c.greenF();
                b += c.blueF();
            }
        const double n = double(image.width()) * image.height();
        return QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
    };
    for (QToolButton *on : std::as_const(modes)) {
        on->click();
        QTRY_VERIFY(on->isChecked());
        QApplication::processEvents();
        const QColor onColour = meanColour(on);
        for (QToolButton *off : std::as_const(modes)) {
            if (off == on)
                continue;
            QVERIFY(!off->isChecked());
            const double ratio = SemanticColors::contrast(onColour, meanColour(off));
            QVERIFY2(ratio >= 1.5, qPrintable(QStringLiteral("%1 on, %2 off: contrast %3")
                                                  .arg(on->text(), off->text())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TstPaletteContrast)
#include "tst_palettecontrast.moc"
