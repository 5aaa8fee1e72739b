#include "app/shell/launchtrace.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QEvent>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace adesk::LaunchTrace {

namespace {

QMutex &lock() {
    static QMutex m;
    return m;
}

QSet<QByteArray> &marked() {
    static QSet<QByteArray> s;
    return s;
}

/// Waits for the first paint event of one widget, then marks after the event loop has flushed it.
class PaintWatcher : public QObject {
public:
    PaintWatcher(QWidget *w, const char *event)
        : QObject(w)
        , m_event(event) {
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *e) override {
        if (e->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            const QByteArray event = m_event;
            // Queued: runs once the paint and the flush of this frame are done.
            QMetaObject::invokeMethod(
                watched, [event] { mark(event.constData()); }, Qt::QueuedConnection);
            deleteLater();
        }
        return false;
    }

private:
    QByteArray m_event;
};

} // namespace

bool enabled() {
    static const bool on = !qEnvironmentVariableIsEmpty("ADESK_LAUNCH_TRACE");
    return on;
}

void mark(const char *event) {
    if (!enabled())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker locker(&lock());
    if (marked().contains(event))
        return;
    marked().insert(event);
    std::fprintf(stderr, "adesk-launch: %s %lld\n", event, static_cast<long long>(now));
    std::fflush(stderr);
}

void step(const char *name) {
    if (!enabled())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker locker(&lock());
    std::fprintf(stderr, "adesk-launch: step %s %lld\n", name, static_cast<long long>(now));
    std::fflush(stderr);
}

void markWhenPainted(QWidget *window, const char *event) {
    if (!enabled() || !window)
        return;
    new PaintWatcher(window, event);
}

void markWhenDataShown(QWidget *pane) {
    if (!enabled() || !pane)
        return;
    auto *timer = new QTimer(pane);
    timer->setInterval(5);
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 120'000;
    QObject::connect(timer, &QTimer::timeout, pane, [timer, pane, until] {
        if (QDateTime::currentMSecsSinceEpoch() > until) {
            timer->deleteLater();
            return;
        }
        for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
                continue;
            timer->stop();
            timer->deleteLater();
            // The rows are in the model: mark once the view has painted them.
            new PaintWatcher(view->viewport(), "first-data");
            view->viewport()->update();
            return;
        }
    });
    timer->start();
}

} // namespace adesk::LaunchTrace
