// DeskStyle (issue 19, GUI stalls): a scroll bar drawn in bands, a tab widget's or group box's frame
// drawn a rectangle of the dirty region at a time, and a table cell's one line of text drawn from a
// kept layout, look exactly as their base style draws them, and their paint does not wait on Qt's
// global thread pool. A text cell's size (CT_ItemViewItem) equals the base style's, and a table
// fitted to its rows then painted shapes each distinct text once.
#include "views/common/deskstyle.h"
#include "views/common/semanticcolors.h"

#include "tests/support/heldpool.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace adesk;

namespace {

/// A scroll bar of @p size in @p style, drawn into an image (only @p dirty of it, as a pane repaints
/// a region, when not empty).
QImage draw(QStyle *style, Qt::Orientation orientation, const QSize &size, int value, const QPalette &palette,
            const QRegion &dirty = {}) {
    QScrollBar bar(orientation);
    bar.setStyle(style);
    bar.setPalette(palette);
    bar.setRange(0, 1000);
    bar.setPageStep(120);
    bar.setValue(value);
    bar.resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Over the window's colour, as in a pane (translucent edges blend with it).
    image.fill(palette.color(QPalette::Window));
    bar.render(&image, QPoint(), dirty);
    return image;
}

/// A pane's frame in @p style, as the desk shows one: a tab widget with two tabs (@p kind "tabs") or
/// a group box ("group..."), drawn into an image, under @p dirty when not empty.
QImage drawFrame(QStyle *style, const QString &kind, const QPalette &palette, const QRegion &dirty = {}) {
    std::unique_ptr<QWidget> frame;
    if (kind == QLatin1String("tabs")) {
        auto *tabs = new QTabWidget;
        tabs->addTab(new QWidget, QStringLiteral("Programs"));
        tabs->addTab(new QWidget, QStringLiteral("Applications"));
        frame.reset(tabs);
    } else {
        // "group": titled; "group untitled", "group checkable", "group large" (a title taller than
        // the check box): the three margins above Fusion's frame.
        auto *box = new QGroupBox(kind == QLatin1String("group untitled") ? QString() : u"Revenue split"_qs);
        box->setCheckable(kind == QLatin1String("group checkable"));
        if (kind == QLatin1String("group large")) {
            QFont large = box->font();
            large.setPointSizeF(large.pointSizeF() * 1.8);
            box->setFont(large);
        }
        frame.reset(box);
    }
    // The style on every widget of it (setStyle does not reach the children).
    frame->setStyle(style);
    for (QWidget *child : frame->findChildren<QWidget *>())
        child->setStyle(style);
    frame->setPalette(palette);
    frame->resize(640, 420);
    // Laid out as on screen (the tab widget places its frame when shown).
    frame->setAttribute(Qt::WA_DontShowOnScreen);
    frame->show();
    QImage image(frame->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Window));
    // render() puts the region's top left corner at the offset given: where it is in the frame.
    frame->render(&image, dirty.boundingRect().topLeft(), dirty);
    return image;
}

/// A table of the desk's kinds of cells in @p style, drawn into an image: plain, elided (in @p elide
/// mode), right-aligned and centred text; a selected row, the current cell with the focus, a
/// disabled cell, a cell aligned to its top in a taller row; and cells the base style keeps (two
/// lines, a check box, an icon, empty).
QImage drawTable(QStyle *style, const QPalette &palette, Qt::TextElideMode elide, bool focus, bool wrap) {
    QStandardItemModel model(6, 4);
    const QStringList texts = {u"2026-12-06 10:10"_qs, u"Marie-Ève Desrochers-Bélanger"_qs,
                               u"Compliance not approved; liability insurance missing; Red Seal"_qs,
                               u"$1,250.00"_qs};
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 4; ++c) {
            auto *item = new QStandardItem(texts.at(c) + (r ? u" "_qs + QString::number(r) : QString()));
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.setItem(r, c, item);
        }
    model.item(2, 0)->setTextAlignment(Qt::AlignCenter);
    model.item(3, 1)->setEnabled(false);
    model.item(4, 0)->setText(u"Two\nlines"_qs);
    model.item(4, 1)->setCheckable(true);
    model.item(4, 1)->setCheckState(Qt::Checked);
    QPixmap icon(12, 12);
    icon.fill(Qt::red);
    model.item(4, 2)->setIcon(QIcon(icon));
    model.item(4, 3)->setText(QString());
    model.item(5, 2)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    QTableView view;
    view.setStyle(style);
    for (QWidget *child : view.findChildren<QWidget *>())
        child->setStyle(style);
    view.setPalette(palette);
    view.setTextElideMode(elide);
    view.setWordWrap(wrap);
    view.setModel(&model);
    view.setColumnWidth(0, 150);
    view.setColumnWidth(1, 190);
    view.setColumnWidth(2, 230);
    view.setColumnWidth(3, 90);
    view.setRowHeight(5, 40);
    view.resize(720, 300);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.selectRow(1);
    view.selectionModel()->setCurrentIndex(model.index(2, 2), QItemSelectionModel::NoUpdate);
    if (focus) {
        QApplication::setActiveWindow(&view);
        view.setFocus();
    }
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Window));
    view.render(&image);
    return image;
}

/// A pane's repaint: rectangles side by side and overlapping in height, as a table and a form
/// beside it update (several rectangles a scanline, so not one clip rectangle).
QRegion paneRepaint() {
    return QRegion(0, 30, 304, 390) + QRegion(340, 60, 300, 200) + QRegion(340, 300, 120, 120);
}

/// The kinds of text the cell and item text tests paint with DeskStyle and Fusion: plain lines
/// DeskStyle draws from kept lines, and those it leaves to Fusion (a tab, a line break, a mnemonic
/// where '&' is one, a sentence too long for its box).
QStringList kindsOfText() {
    return {u"x"_qs,
            u"Platform fee"_qs,
            u"2026-12-06 10:10"_qs,
            u"$1,250.00"_qs,
            u"Marie-Ève Desrochers-Bélanger"_qs,
            u"Te\u0301te d\u2019AVATAR, Wolf office ffi"_qs, // a combining accent, kerning, a ligature
            u"trailing  "_qs,
            u"  leading"_qs,
            u"two  spaces"_qs,
            u"🚗 Auto Doctor"_qs,
            u"東京 Garage"_qs,
            u"مرحبا بكم"_qs,
            u"Garage مرحبا"_qs,
            u"tab\there"_qs,
            u"two\nlines"_qs,
            u"&Save && close"_qs,
            u"Compliance not approved; liability insurance missing; Red Seal certification expired"_qs};
}

} // namespace

class TestDeskStyle : public QObject {
    Q_OBJECT
private slots:
    void samePixelsAsItsBaseStyle_data();
    void samePixelsAsItsBaseStyle();
    void paintsWhileQtsPoolIsBusy();
    void shortBarPaintsWhileQtsPoolIsBusy();
    void framesSamePixelsAsTheirBaseStyle_data();
    void framesSamePixelsAsTheirBaseStyle();
    void framesPaintWhileQtsPoolIsBusy_data();
    void framesPaintWhileQtsPoolIsBusy();
    void installKeepsTheChosenStyle();
    void tableCellsSamePixelsAsTheirBaseStyle_data();
    void tableCellsSamePixelsAsTheirBaseStyle();
    void installWrapsTheNamedStyle();
    void textCellSizesAsTheirBaseStyle_data();
    void textCellSizesAsTheirBaseStyle();
    void fittedTableShapedOncePaintedAsItsBaseStyle_data();
    void fittedTableShapedOncePaintedAsItsBaseStyle();
    void itemTextsSamePixelsAsTheirBaseStyle_data();
    void itemTextsSamePixelsAsTheirBaseStyle();
};

void TestDeskStyle::samePixelsAsItsBaseStyle_data() {
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("dark");
    // The bar of a table on a 1366x768 screen (top, middle, end), one shorter than two bands, a
    // height that is not a multiple of a band, and a horizontal one (never banded).
    QTest::newRow("vertical, top") << int(Qt::Vertical) << QSize(16, 700) << 0 << false;
    QTest::newRow("vertical, middle") << int(Qt::Vertical) << QSize(16, 700) << 500 << false;
    QTest::newRow("vertical, end") << int(Qt::Vertical) << QSize(16, 700) << 1000 << false;
    QTest::newRow("vertical, dark") << int(Qt::Vertical) << QSize(16, 700) << 300 << true;
    QTest::newRow("vertical, 50 px") << int(Qt::Vertical) << QSize(16, 50) << 700 << false;
    QTest::newRow("vertical, 333 px") << int(Qt::Vertical) << QSize(15, 333) << 1000 << false;
    QTest::newRow("horizontal") << int(Qt::Horizontal) << QSize(900, 16) << 400 << false;
}

void TestDeskStyle::samePixelsAsItsBaseStyle() {
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QFETCH(int, value);
    QFETCH(bool, dark);
    const QPalette palette = dark ? SemanticColors::darkPalette() : QApplication::palette();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage plain = draw(fusion.get(), Qt::Orientation(orientation), size, value, palette);
    const QImage banded = draw(&desk, Qt::Orientation(orientation), size, value, palette);
    // Something was drawn, and the same thing.
    QVERIFY(plain.pixel(size.width() / 2, size.height() / 2) != 0);
    QCOMPARE(banded, plain);
}

void TestDeskStyle::paintsWhileQtsPoolIsBusy() {
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    // Every thread of the global pool is taken for up to 30 s: a paint that handed a fill to the
    // pool would wait until they give up, and the pool would say so.
    adesk::test::HeldPool held(QThreadPool::globalInstance(), 30'000);
    const QImage banded = draw(&desk, Qt::Vertical, QSize(16, 700), 500, QApplication::palette());
    QVERIFY2(held.release(), "the scroll bar's paint waited for Qt's global thread pool");
    QVERIFY(!banded.isNull());
}

void TestDeskStyle::shortBarPaintsWhileQtsPoolIsBusy() {
    // A horizontal bar, 16 scanlines: without a clip rectangle of the painter's own the raster
    // engine makes every pixel of a line a span of its own, so its 900-pixel edges went to the
    // pool. Painted as a pane paints it, under a dirty region of two rectangles.
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QRegion dirty = QRegion(0, 0, 420, 16) + QRegion(480, 0, 420, 16);
    QCOMPARE(dirty.rectCount(), 2);
    adesk::test::HeldPool held(QThreadPool::globalInstance(), 10'000);
    const QImage image = draw(&desk, Qt::Horizontal, QSize(900, 16), 400, QApplication::palette(), dirty);
    QVERIFY2(held.release(), "the scroll bar's paint waited for Qt's global thread pool");
    // Drawn where the region is, as the base style draws it there.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage plain =
        draw(fusion.get(), Qt::Horizontal, QSize(900, 16), 400, QApplication::palette(), dirty);
    QCOMPARE(image, plain);
}

void TestDeskStyle::framesSamePixelsAsTheirBaseStyle_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("whole");
    QTest::newRow("tabs, a pane's repaint") << QStringLiteral("tabs") << false << false;
    QTest::newRow("tabs, dark, a pane's repaint") << QStringLiteral("tabs") << true << false;
    QTest::newRow("tabs, whole") << QStringLiteral("tabs") << false << true;
    // A translucent button colour: the tab frame's fill is then drawn in bands too.
    QTest::newRow("tabs, translucent, a pane's repaint")
        << QStringLiteral("tabs translucent") << false << false;
    QTest::newRow("group box, a pane's repaint") << QStringLiteral("group") << false << false;
    QTest::newRow("group box, dark, a pane's repaint") << QStringLiteral("group") << true << false;
    QTest::newRow("group box, whole") << QStringLiteral("group") << false << true;
    QTest::newRow("group box, untitled") << QStringLiteral("group untitled") << false << true;
    QTest::newRow("group box, checkable") << QStringLiteral("group checkable") << false << true;
    QTest::newRow("group box, a large title") << QStringLiteral("group large") << false << true;
}

void TestDeskStyle::framesSamePixelsAsTheirBaseStyle() {
    QFETCH(QString, kind);
    QFETCH(bool, dark);
    QFETCH(bool, whole);
    QPalette palette = dark ? SemanticColors::darkPalette() : QApplication::palette();
    if (kind.endsWith(QLatin1String(" translucent"))) {
        kind.chop(int(qstrlen(" translucent")));
        QColor button = palette.color(QPalette::Button);
        button.setAlpha(160);
        palette.setColor(QPalette::Button, button);
    }
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QRegion dirty = whole ? QRegion() : paneRepaint();
    // The base style drawn with nothing left out, then cut to the region: what a repaint of the
    // whole pane shows there.
    QImage plain = drawFrame(fusion.get(), kind, palette);
    const QImage pieces = drawFrame(&desk, kind, palette, dirty);
    if (!whole) {
        QImage cut(plain.size(), plain.format());
        cut.fill(palette.color(QPalette::Window));
        QPainter p(&cut);
        p.setClipRegion(dirty);
        p.drawImage(QPoint(), plain);
        p.end();
        plain = cut;
    }
    // Something of the frame was drawn (its left edge, below the tabs or the title, differs from
    // the window's colour), and the same thing.
    const QColor window = palette.color(QPalette::Window);
    int drawn = 0;
    for (int y = 40; y < 400; ++y)
        drawn += plain.pixelColor(5, y) != window ? 1 : 0;
    QVERIFY2(drawn > 300, qPrintable(QStringLiteral("%1 pixels of the left edge drawn").arg(drawn)));
    QCOMPARE(pieces, plain);
}

void TestDeskStyle::framesPaintWhileQtsPoolIsBusy_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("tabs") << QStringLiteral("tabs");
    QTest::newRow("group box") << QStringLiteral("group");
}

void TestDeskStyle::framesPaintWhileQtsPoolIsBusy() {
    QFETCH(QString, kind);
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QRegion dirty = paneRepaint();
    QVERIFY(dirty.rectCount() > 2);
    adesk::test::HeldPool held(QThreadPool::globalInstance(), 10'000);
    const QImage image = drawFrame(&desk, kind, QApplication::palette(), dirty);
    QVERIFY2(held.release(), "the frame's paint waited for Qt's global thread pool");
    QVERIFY(!image.isNull());
}

void TestDeskStyle::tableCellsSamePixelsAsTheirBaseStyle_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("elide");
    QTest::addColumn<bool>("focus");
    QTest::addColumn<bool>("wrap");
    for (const bool wrap : {true, false}) {
        const char *w = wrap ? "word wrap" : "no wrap";
        QTest::addRow("light, %s", w) << false << int(Qt::ElideRight) << true << wrap;
        QTest::addRow("dark, %s", w) << true << int(Qt::ElideRight) << true << wrap;
        QTest::addRow("elided in the middle, no focus, %s", w)
            << false << int(Qt::ElideMiddle) << false << wrap;
        QTest::addRow("elided on the left, dark, %s", w) << true << int(Qt::ElideLeft) << true << wrap;
    }
}

void TestDeskStyle::tableCellsSamePixelsAsTheirBaseStyle() {
    // DeskStyle lays a one-line cell's text out once (the base style three times: the cell's
    // layout, the elision, the drawing): the same pixels, cell by cell.
    QFETCH(bool, dark);
    QFETCH(int, elide);
    QFETCH(bool, focus);
    QFETCH(bool, wrap);
    const QPalette palette = dark ? SemanticColors::darkPalette() : QApplication::palette();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage plain = drawTable(fusion.get(), palette, Qt::TextElideMode(elide), focus, wrap);
    const QImage fast = drawTable(&desk, palette, Qt::TextElideMode(elide), focus, wrap);
    // 24 cells, of which 4 are the base style's (two lines, check box, icon, empty); with word wrap
    // (a table's default), so are the texts of several words too wide for their cell (they wrap).
    if (wrap)
        QVERIFY2(desk.textCellsDrawn() >= 10 && desk.textCellsDrawn() < 20,
                 qPrintable(QString::number(desk.textCellsDrawn())));
    else
        QCOMPARE(desk.textCellsDrawn(), 20);
    QCOMPARE(fast, plain);
}

void TestDeskStyle::installKeepsTheChosenStyle() {
    // As `-style Windows` or QT_STYLE_OVERRIDE=Windows would have chosen it.
    QApplication::setStyle(QStringLiteral("Windows"));
    DeskStyle::install();
    auto *style = qobject_cast<DeskStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("windows"));
}

void TestDeskStyle::installWrapsTheNamedStyle() {
    DeskStyle::install(QStringLiteral("Fusion"));
    auto *style = qobject_cast<DeskStyle *>(QApplication::style());
    QVERIFY(style);
    QVERIFY(style->baseStyle());
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
}

void TestDeskStyle::textCellSizesAsTheirBaseStyle_data() {
    QTest::addColumn<bool>("wrap");
    QTest::addColumn<int>("width"); // the cell's width when it wraps; 0: no rectangle (a plain size hint)
    QTest::addRow("no wrap") << false << 0;
    QTest::addRow("word wrap, no rectangle") << true << 0;
    QTest::addRow("word wrap in 120 px") << true << 120;
    QTest::addRow("word wrap in 400 px") << true << 400;
}

void TestDeskStyle::textCellSizesAsTheirBaseStyle() {
    // A column's fit asks each cell's size (CT_ItemViewItem): DeskStyle's, from the text's kept
    // line, is Fusion's for every kind of text, those it leaves to Fusion included.
    QFETCH(bool, wrap);
    QFETCH(int, width);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList texts = kindsOfText();
    QFont bold = QApplication::font();
    bold.setBold(true);
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    QFont italic = QApplication::font();
    italic.setItalic(true);
    int kept = 0;
    for (const QFont &font : {QApplication::font(), bold, large, italic}) {
        for (const QString &text : texts) {
            QStyleOptionViewItem cell;
            cell.features = QStyleOptionViewItem::HasDisplay;
            if (wrap)
                cell.features |= QStyleOptionViewItem::WrapText;
            cell.text = text;
            cell.font = font;
            cell.fontMetrics = QFontMetrics(font);
            cell.direction = Qt::LeftToRight;
            cell.decorationPosition = QStyleOptionViewItem::Left;
            cell.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
            cell.rect = width > 0 ? QRect(10, 20, width, 24) : QRect();
            const int before = desk.textLinesShaped();
            QCOMPARE(desk.sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize()),
                     fusion->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize()));
            // Asked again, the kept line answers: nothing shaped anew.
            const int after = desk.textLinesShaped();
            QCOMPARE(desk.sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize()),
                     fusion->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize()));
            QCOMPARE(desk.textLinesShaped(), after);
            kept += after > before;
        }
    }
    // Every font's one-line texts read left to right are kept; the others (a tab, two lines, a
    // text read right to left) are Fusion's.
    QCOMPARE(kept, 4 * (texts.size() - 3));
}

void TestDeskStyle::fittedTableShapedOncePaintedAsItsBaseStyle_data() {
    QTest::addColumn<bool>("wrap");
    QTest::addRow("no wrap") << false;
    QTest::addRow("word wrap") << true;
}

void TestDeskStyle::fittedTableShapedOncePaintedAsItsBaseStyle() {
    // As a pane's table takes a new page: its columns fit to the rows in view, then it is painted,
    // then painted again (a hover, the selection). Each text is shaped once, for the fit; the
    // columns are as wide, and the pixels the same, as Fusion's.
    QFETCH(bool, wrap);
    QStandardItemModel model(12, 4);
    for (int r = 0; r < 12; ++r) {
        model.setItem(
            r, 0, new QStandardItem(QStringLiteral("2026-12-%1 10:10").arg(r + 1, 2, 10, QLatin1Char('0'))));
        model.setItem(r, 1, new QStandardItem(QStringLiteral("Marie-Ève Tremblay-Bélanger %1").arg(r)));
        model.setItem(r, 2, new QStandardItem(QStringLiteral("Québec, QC")));
        auto *amount = new QStandardItem(QStringLiteral("$%1.50").arg(1000 + 37 * r));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.setItem(r, 3, amount);
    }
    auto paint = [&](QStyle *style, QList<int> *widths, int *shapedByFit, int *shapedByPaint,
                     int *shapedByRepaint) {
        QTableView view;
        view.setStyle(style);
        for (QWidget *child : view.findChildren<QWidget *>())
            child->setStyle(style);
        view.setWordWrap(wrap);
        view.setModel(&model);
        view.resize(760, 560); // every row in view
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        view.selectRow(2);
        auto *desk = qobject_cast<DeskStyle *>(style);
        const int start = desk ? desk->textLinesShaped() : 0;
        view.horizontalHeader()->setResizeContentsPrecision(0);
        view.resizeColumnsToContents();
        const int fitted = desk ? desk->textLinesShaped() : 0;
        for (int c = 0; c < model.columnCount(); ++c)
            widths->append(view.columnWidth(c));
        QImage first(view.size(), QImage::Format_ARGB32_Premultiplied);
        first.fill(Qt::white);
        view.render(&first);
        const int painted = desk ? desk->textLinesShaped() : 0;
        QImage again(view.size(), QImage::Format_ARGB32_Premultiplied);
        again.fill(Qt::white);
        view.render(&again);
        if (desk) {
            *shapedByFit = fitted - start;
            *shapedByPaint = painted - fitted;
            *shapedByRepaint = desk->textLinesShaped() - painted;
        }
        [&] { QCOMPARE(again, first); }();
        return first;
    };
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    QList<int> fusionWidths, deskWidths;
    int byFit = 0, byPaint = 0, byRepaint = 0;
    const QImage plain = paint(fusion.get(), &fusionWidths, nullptr, nullptr, nullptr);
    const QImage fast = paint(&desk, &deskWidths, &byFit, &byPaint, &byRepaint);
    QCOMPARE(deskWidths, fusionWidths);
    // The rows in view (all 12 here) of the four columns, each text once. The first paint shapes no
    // cell's text, only the headers' section titles (drawItemText: 4 columns, 12 rows, at most once
    // each); the second shapes nothing.
    QCOMPARE(byFit, 12 * 3 + 1);
    QVERIFY2(byPaint <= 4 + 12, qPrintable(QString::number(byPaint)));
    QCOMPARE(byRepaint, 0);
    QCOMPARE(fast, plain);
}

void TestDeskStyle::itemTextsSamePixelsAsTheirBaseStyle_data() {
    QTest::addColumn<QString>("fontName");
    QTest::addRow("regular") << u"regular"_qs;
    QTest::addRow("bold") << u"bold"_qs;
    QTest::addRow("large") << u"large"_qs;
    QTest::addRow("italic") << u"italic"_qs;
    QTest::addRow("underlined") << u"underlined"_qs; // the base style's
}

void TestDeskStyle::itemTextsSamePixelsAsTheirBaseStyle() {
    // A pane's labels, buttons, check boxes, radio buttons, group box and tab titles: every kind of
    // text in every alignment, enabled or not, in a box too small for it or not, wrapped or not,
    // painted twice. The
    // pixels are Fusion's; the plain one-line texts are drawn from kept lines, shaped once.
    QFETCH(QString, fontName);
    QFont font = QApplication::font();
    if (fontName == u"bold")
        font.setBold(true);
    else if (fontName == u"large")
        font.setPointSizeF(font.pointSizeF() * 1.6);
    else if (fontName == u"italic")
        font.setItalic(true);
    else if (fontName == u"underlined")
        font.setUnderline(true);
    const QStringList texts = kindsOfText();
    const QList<Qt::Alignment> alignments = {
        Qt::AlignLeft | Qt::AlignVCenter, Qt::AlignRight | Qt::AlignVCenter,
        Qt::AlignHCenter | Qt::AlignTop,  Qt::AlignCenter,
        Qt::AlignLeft | Qt::AlignBottom,  Qt::AlignTrailing | Qt::AlignVCenter};
    auto build = [&](QStyle *style) {
        auto page = std::make_unique<QWidget>();
        page->setFont(font);
        auto *grid = new QGridLayout(page.get());
        int row = 0;
        for (const QString &text : texts) {
            int column = 0;
            for (const Qt::Alignment alignment : alignments) {
                auto *label = new QLabel(text);
                label->setTextFormat(Qt::PlainText);
                label->setAlignment(alignment);
                // Some boxes narrower and lower than their text: the base style clips to them (the
                // box is the label's less its margin, which the label itself would not clip).
                if ((row + column) % 3 == 0) {
                    label->setFixedSize(78, 17);
                    label->setMargin(4);
                }
                label->setEnabled(column % 2 == 0);
                grid->addWidget(label, row, column++);
            }
            // Wrapped in a wide box (one line, but for the longest) and in a narrow one (lines).
            for (const int width : {520, 60}) {
                auto *wrapped = new QLabel(text);
                wrapped->setTextFormat(Qt::PlainText);
                wrapped->setWordWrap(true);
                wrapped->setFixedWidth(width);
                grid->addWidget(wrapped, row, column++);
            }
            auto *button = new QPushButton(text);
            button->setEnabled(row % 2 == 0);
            grid->addWidget(button, row, column++);
            grid->addWidget(new QCheckBox(text), row, column++);
            grid->addWidget(new QRadioButton(text), row, column++);
            ++row;
        }
        auto *box = new QGroupBox(u"Terms of the agreement"_qs);
        box->setCheckable(true);
        grid->addWidget(box, row, 0, 1, 3);
        auto *tabs = new QTabWidget;
        tabs->addTab(new QWidget, u"Programs"_qs);
        tabs->addTab(new QWidget, u"Agreements"_qs);
        tabs->addTab(new QWidget, u"&Partnerships"_qs);
        grid->addWidget(tabs, row, 3, 1, 4);
        page->setStyle(style);
        for (QWidget *child : page->findChildren<QWidget *>())
            child->setStyle(style);
        page->resize(page->sizeHint());
        page->setAttribute(Qt::WA_DontShowOnScreen);
        page->show();
        return page;
    };
    auto render = [](QWidget *page) {
        QImage image(page->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        page->render(&image);
        return image;
    };
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto plainPage = build(fusion.get());
    const auto deskPage = build(&desk);
    QCOMPARE(deskPage->size(), plainPage->size());
    const QImage plain = render(plainPage.get());
    const int shapedBefore = desk.textLinesShaped();
    const QImage fast = render(deskPage.get());
    const int shapedFirst = desk.textLinesShaped() - shapedBefore;
    const int drawnFirst = desk.itemTextsDrawn();
    QCOMPARE(fast, plain);
    // Painted again: the same pixels, nothing shaped anew, the same texts drawn from kept lines.
    const QImage again = render(deskPage.get());
    QCOMPARE(again, plain);
    QCOMPARE(desk.textLinesShaped() - shapedBefore, shapedFirst);
    QCOMPARE(desk.itemTextsDrawn(), 2 * drawnFirst);
    if (font.underline()) {
        QCOMPARE(drawnFirst, 0); // the base style's, decorations and all
    } else {
        // Each plain one-line text (13 of the 17) in its 6 labels, button, check box and radio
        // button, and the group box's and two tabs' titles; and those wrapped in the wide box that
        // fit it in one line (all but the longest, here), and in the narrow one the shortest (one
        // or two, by the font).
        QVERIFY2(drawnFirst >= 13 * (6 + 3) + 3 + 12 + 1 && drawnFirst <= 13 * (6 + 3) + 3 + 12 + 2,
                 qPrintable(QString::number(drawnFirst)));
        QVERIFY(shapedFirst > 0);
    }
}

QTEST_MAIN(TestDeskStyle)
#include "tst_deskstyle.moc"
