// Benchmark of DeskStyle (issue 19, GUI stalls): a table's vertical scroll bar (16 x 700 pixels),
// then a horizontal one (900 x 16, the `hscrollbar_` lines), then the frames that span a pane: a tab
// widget's (1400 x 900, the `tabframe_` lines) and a group box's (600 x 400, `groupbox_`), each
// repainted under a pane's dirty region of three rectangles, then a table of the applications
// queue's shape (eight columns, 26 rows in view, `table_`; new texts at every paint, as a new page
// arrives), then a program editor's form (700 x 560: field labels and values, buttons, check boxes,
// a group box's and tabs' titles, `form_`, repainted whole as when its tab is shown again), painted
// by DeskStyle over Fusion, beside Fusion itself (the anchor), in the same run:
//   scrollbar_paint_ms / _fusion_ms       wall time of one paint, idle machine (median of 7 rounds
//                                         of 200 paints, the two styles alternately)
//   scrollbar_paint_cpu_ms / _fusion_...  the GUI thread's CPU time of one paint (the rest of
//                                         Fusion's wall time is its wait for Qt's thread pool)
//   scrollbar_paint_busy_pool_ms / _fusion_...  one paint while every thread of Qt's global pool
//                                         runs a 300 ms job (QtConcurrent's default pool: the
//                                         demo renders its certificates there), median of 3
// Pass/fail: the busy-pool paint within one frame (16 ms); the idle paint no slower than
// Fusion's (within 10 %). Exits 0 whatever the figures.
// Usage: build/tests/bench/bench_style   (no database; offscreen unless QT_QPA_PLATFORM is set)
#include "app/shell/launchtrace.h" // threadCpuMs(): inline, nothing of the app linked
#include "views/common/deskstyle.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using adesk::LaunchTrace::threadCpuMs;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// What is painted: a widget in one style, the image it is painted into, and what one paint does.
struct Subject {
    Subject(std::unique_ptr<QWidget> w, QStyle *style, std::function<void(QWidget *, int)> change,
            const QRegion &dirty = {})
        : widget(std::move(w))
        , image(widget->size(), QImage::Format_ARGB32_Premultiplied)
        , change(std::move(change))
        , dirty(dirty) {
        widget->setStyle(style);
        for (QWidget *child : widget->findChildren<QWidget *>())
            child->setStyle(style);
        image.fill(widget->palette().color(QPalette::Window));
        // Laid out as on screen (a tab widget places its frame when shown).
        widget->setAttribute(Qt::WA_DontShowOnScreen);
        widget->show();
        for (int i = 0; i < 20; ++i) // warm
            paint(i);
    }
    void paint(int i) {
        if (change)
            change(widget.get(), i);
        // render() puts the region's top left corner at the offset given: where it is in the widget.
        widget->render(&image, dirty.boundingRect().topLeft(), dirty);
    }
    std::unique_ptr<QWidget> widget;
    QImage image;
    std::function<void(QWidget *, int)> change;
    QRegion dirty;
};

/// A table's scroll bar of @p size, at a new position at each paint.
std::unique_ptr<Subject> scrollBar(QStyle *style, Qt::Orientation orientation, const QSize &size) {
    auto bar = std::make_unique<QScrollBar>(orientation);
    bar->setRange(0, 100000);
    bar->setPageStep(30);
    bar->resize(size);
    return std::make_unique<Subject>(std::move(bar), style, [](QWidget *w, int i) {
        static_cast<QScrollBar *>(w)->setValue((i * 997) % 100000);
    });
}

/// A pane's repaint within @p size: a table and a form beside it, three rectangles, several a
/// scanline (not one clip rectangle).
QRegion paneRepaint(const QSize &size) {
    const int w = size.width(), h = size.height();
    return QRegion(0, h / 14, w / 2, h - h / 14) + QRegion(w / 2 + w / 20, h / 7, w / 2 - w / 20, h / 2) +
           QRegion(w / 2 + w / 20, h * 5 / 7, w / 5, h * 2 / 7);
}

/// A tab widget of @p size with two tabs (a pane's frame), repainted under a pane's region.
std::unique_ptr<Subject> tabFrame(QStyle *style, const QSize &size) {
    auto tabs = std::make_unique<QTabWidget>();
    tabs->addTab(new QWidget, QStringLiteral("Programs"));
    tabs->addTab(new QWidget, QStringLiteral("Applications"));
    tabs->resize(size);
    return std::make_unique<Subject>(std::move(tabs), style, nullptr, paneRepaint(size));
}

/// A titled group box of @p size, repainted under a pane's region.
std::unique_ptr<Subject> groupBox(QStyle *style, const QSize &size) {
    auto box = std::make_unique<QGroupBox>(QStringLiteral("Revenue split"));
    box->resize(size);
    return std::make_unique<Subject>(std::move(box), style, nullptr, paneRepaint(size));
}

/// A program editor's form of @p size: field labels and values, buttons, check boxes, a titled group
/// box and a tab widget's tabs, repainted whole (as when its tab is shown again).
std::unique_ptr<Subject> form(QStyle *style, const QSize &size) {
    auto page = std::make_unique<QWidget>();
    auto *outer = new QVBoxLayout(page.get());
    auto *tabs = new QTabWidget;
    tabs->addTab(new QWidget, QStringLiteral("Programs"));
    tabs->addTab(new QWidget, QStringLiteral("Agreements"));
    tabs->addTab(new QWidget, QStringLiteral("Partnerships"));
    tabs->setMaximumHeight(60);
    outer->addWidget(tabs);
    auto *box = new QGroupBox(QStringLiteral("Revenue split"));
    auto *fields = new QFormLayout(box);
    const char *const rows[][2] = {{"Type", "Revenue share"},
                                   {"Name", "Brake specialists, Laval"},
                                   {"Workshop share", "80.00 %"},
                                   {"Mechanic share", "20.00 %"},
                                   {"Platform fee", "15 % of each booking (seed: platform fee)"},
                                   {"Minimum rating", "4.2 ★"},
                                   {"Minimum experience", "3 years"},
                                   {"Maximum partners", "12"},
                                   {"Bay rental", "$45.00 a day"},
                                   {"Versions", "v1 from 2026-11-07, v2 from 2026-12-01"}};
    for (const auto &row : rows)
        fields->addRow(QString::fromUtf8(row[0]), new QLabel(QString::fromUtf8(row[1])));
    outer->addWidget(box);
    auto *checks = new QHBoxLayout;
    for (const char *text : {"Certified mechanics only", "Own tools required", "Insurance on file"})
        checks->addWidget(new QCheckBox(QString::fromUtf8(text)));
    outer->addLayout(checks);
    auto *buttons = new QHBoxLayout;
    for (const char *text :
         {"New program", "Save", "Save as new version", "Publish", "Pause", "Close program"})
        buttons->addWidget(new QPushButton(QString::fromUtf8(text)));
    outer->addLayout(buttons);
    page->resize(size);
    return std::make_unique<Subject>(std::move(page), style, nullptr);
}

/// The applications queue's columns, with new texts at each generation (a new page's).
class QueuePage : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 200; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 8; }
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::TextAlignmentRole && (index.column() == 3 || index.column() == 4))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        const int n = m_generation * 211 + index.row();
        switch (index.column()) {
        case 0:
            return QStringLiteral("2026-%1-%2 10 h %3")
                .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                .arg(n % 60, 2, 10, QLatin1Char('0'));
        case 1:
            return QStringLiteral("Mechanic %1 Tremblay-Gagnon").arg(n);
        case 2:
            return QStringLiteral("Saint-Jean-sur-Richelieu, QC");
        case 3:
            return QStringLiteral("%1.%2 ★").arg(3 + n % 3).arg(n % 10);
        case 4:
            return QStringLiteral("%1 years").arg(1 + n % 30);
        case 5:
            return n % 2 ? QStringLiteral("Workshop-affiliated") : QStringLiteral("Licensed mobile");
        case 6:
            return n % 3 ? QStringLiteral("Approved") : QStringLiteral("Pending");
        default:
            return n % 4 ? QStringLiteral("Eligible")
                         : QStringLiteral("Compliance not approved; liability insurance missing");
        }
    }
    void setGeneration(int g) {
        m_generation = g;
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    int m_generation = 0;
};

/// A table of the queue's shape, @p size, its columns fitted to the first page; a new page's texts
/// at each paint.
std::unique_ptr<Subject> table(QStyle *style, const QSize &size) {
    auto view = std::make_unique<QTableView>();
    auto *model = new QueuePage;
    model->setParent(view.get());
    view->setModel(model);
    view->resize(size);
    const int widths[] = {150, 230, 210, 60, 80, 150, 90, 330};
    for (int c = 0; c < 8; ++c)
        view->setColumnWidth(c, widths[c]);
    return std::make_unique<Subject>(std::move(view), style,
                                     [model](QWidget *, int i) { model->setGeneration(i); });
}

void line(const QByteArray &name, double value, const char *unit) {
    std::printf("%s: %.3f %s\n", name.constData(), value, unit);
}

/// Measures what @p make makes, in both styles; prints its lines under @p prefix and its verdicts.
void measure(QStyle *fusion, QStyle *desk, const std::function<std::unique_ptr<Subject>(QStyle *)> &make,
             const char *prefix) {
    const std::unique_ptr<Subject> plain = make(fusion);
    const std::unique_ptr<Subject> mine = make(desk);
    Subject &plainOne = *plain;
    Subject &deskOne = *mine;
    const auto name = [prefix](const char *what) { return QByteArray(prefix) + what; };

    // Idle: rounds of 200 paints, the two styles alternately.
    std::vector<double> wallDesk, wallPlain, cpuDesk, cpuPlain;
    constexpr int kPaints = 200;
    for (int round = 0; round < 7; ++round) {
        for (Subject *b : {&deskOne, &plainOne}) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            for (int i = 0; i < kPaints; ++i)
                b->paint(round * kPaints + i);
            (b == &deskOne ? wallDesk : wallPlain).push_back(t.nsecsElapsed() / 1e6 / kPaints);
            (b == &deskOne ? cpuDesk : cpuPlain).push_back((threadCpuMs() - cpu0) / kPaints);
        }
    }
    line(name("paint_ms"), median(wallDesk), "ms");
    line(name("paint_fusion_ms"), median(wallPlain), "ms");
    line(name("paint_ratio"), median(wallDesk) / median(wallPlain), "x");
    line(name("paint_cpu_ms"), median(cpuDesk), "ms");
    line(name("paint_fusion_cpu_ms"), median(cpuPlain), "ms");

    // One paint while every thread of the global pool runs a 300 ms job.
    QThreadPool *pool = QThreadPool::globalInstance();
    std::vector<double> busyDesk, busyPlain;
    for (int round = 0; round < 3; ++round) {
        for (Subject *b : {&deskOne, &plainOne}) {
            for (int k = 0; k < pool->maxThreadCount(); ++k)
                pool->start([] { QThread::msleep(300); });
            QThread::msleep(20); // the jobs have started
            QElapsedTimer t;
            t.start();
            b->paint(round);
            (b == &deskOne ? busyDesk : busyPlain).push_back(t.nsecsElapsed() / 1e6);
            pool->waitForDone();
        }
    }
    line(name("paint_busy_pool_ms"), median(busyDesk), "ms");
    line(name("paint_busy_pool_fusion_ms"), median(busyPlain), "ms");
    line(name("paint_busy_pool_ratio"), median(busyDesk) / median(busyPlain), "x");

    const bool busyOk = median(busyDesk) <= 16.0;
    const bool idleOk = median(wallDesk) <= median(wallPlain) * 1.10;
    std::printf("%s: %spaint_busy_pool %.1f ms (Fusion %.1f ms; target: one frame, 16 ms)\n",
                busyOk ? "pass" : "fail", prefix, median(busyDesk), median(busyPlain));
    std::printf("%s: %spaint %.3f ms against Fusion's %.3f ms (target: no slower, within 10 %%)\n",
                idleOk ? "pass" : "fail", prefix, median(wallDesk), median(wallPlain));
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    adesk::DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
    measure(
        fusion.get(), &desk, [](QStyle *s) { return scrollBar(s, Qt::Vertical, QSize(16, 700)); },
        "scrollbar_");
    measure(
        fusion.get(), &desk, [](QStyle *s) { return scrollBar(s, Qt::Horizontal, QSize(900, 16)); },
        "hscrollbar_");
    measure(
        fusion.get(), &desk, [](QStyle *s) { return tabFrame(s, QSize(1400, 900)); }, "tabframe_");
    measure(
        fusion.get(), &desk, [](QStyle *s) { return groupBox(s, QSize(600, 400)); }, "groupbox_");
    measure(
        fusion.get(), &desk, [](QStyle *s) { return table(s, QSize(1400, 820)); }, "table_");
    measure(
        fusion.get(), &desk, [](QStyle *s) { return form(s, QSize(700, 560)); }, "form_");
    return 0;
}
