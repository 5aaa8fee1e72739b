// DeskStyle (issue 19, GUI stalls): a scroll bar drawn in bands looks exactly as its base style
// draws it, and its paint does not wait on Qt's global thread pool.
#include "views/common/deskstyle.h"
#include "views/common/semanticcolors.h"

#include "tests/support/heldpool.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStyleFactory>
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

} // namespace

class TestDeskStyle : public QObject {
    Q_OBJECT
private slots:
    void samePixelsAsItsBaseStyle_data();
    void samePixelsAsItsBaseStyle();
    void paintsWhileQtsPoolIsBusy();
    void shortBarPaintsWhileQtsPoolIsBusy();
    void installKeepsTheChosenStyle();
    void installWrapsTheNamedStyle();
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

QTEST_MAIN(TestDeskStyle)
#include "tst_deskstyle.moc"
