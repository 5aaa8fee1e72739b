#include "views/common/statekeeper.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

#include <memory>

namespace adesk {

StateKeeper::StateKeeper(QWidget *root, const QString &key)
    : QObject(root)
    , m_root(root)
    , m_key(key) {
    setObjectName(QStringLiteral("stateKeeper"));
    root->installEventFilter(this);
}

StateKeeper *StateKeeper::watch(QWidget *root, const QString &key) {
    if (auto *existing =
            root->findChild<StateKeeper *>(QStringLiteral("stateKeeper"), Qt::FindDirectChildrenOnly))
        return existing;
    return new StateKeeper(root, key);
}

QString StateKeeper::group(const QString &key) {
    return QStringLiteral("state/") + key;
}

void StateKeeper::collect() {
    m_splitters.clear();
    m_headers.clear();
    m_names.clear();
    QHash<QString, int> ranks;
    auto nameOf = [&](const QObject *o, const QString &kind) {
        QString name = o->objectName();
        const int rank = ranks[kind]++;
        if (name.isEmpty() || name.startsWith(u"qt_"))
            name = kind + QString::number(rank);
        return name;
    };
    for (QSplitter *s : m_root->findChildren<QSplitter *>()) {
        m_splitters << s;
        m_names.insert(s, QStringLiteral("splitter-sizes/") + nameOf(s, QStringLiteral("splitter")));
    }
    for (QAbstractItemView *v : m_root->findChildren<QAbstractItemView *>()) {
        QHeaderView *h = nullptr;
        if (auto *t = qobject_cast<QTableView *>(v))
            h = t->horizontalHeader();
        else if (auto *t = qobject_cast<QTreeView *>(v))
            h = t->header();
        if (!h)
            continue;
        m_headers << h;
        m_names.insert(h, QStringLiteral("header/") + nameOf(v, QStringLiteral("view")));
    }
}

QString StateKeeper::sizesOf(const QSplitter *splitter) {
    QStringList sizes;
    for (int size : splitter->sizes())
        sizes << QString::number(size);
    return (splitter->orientation() == Qt::Horizontal ? u'h' : u'v') + QStringLiteral(":") + sizes.join(u',');
}

bool StateKeeper::restoreSizes(QSplitter *splitter, const QString &saved) {
    // Only sizes, and only onto a splitter of the same shape: QSplitter::restoreState would also
    // restore the orientation, so a state saved by another splitter at the same rank (the same
    // pane built for another role, or by an older version) turned a vertical split horizontal.
    const QString prefix = (splitter->orientation() == Qt::Horizontal ? u'h' : u'v') + QStringLiteral(":");
    if (!saved.startsWith(prefix))
        return false;
    const QStringList parts = saved.mid(prefix.size()).split(u',');
    if (parts.size() != splitter->count())
        return false;
    QList<int> sizes;
    for (const QString &p : parts) {
        bool ok = false;
        const int size = p.toInt(&ok);
        if (!ok || size < 0)
            return false;
        sizes << size;
    }
    splitter->setSizes(sizes);
    return true;
}

QString StateKeeper::settingsKey(const QObject *object) const {
    return group(m_key) + u'/' + m_names.value(object);
}

int StateKeeper::restore() {
    collect();
    QSettings settings;
    int restored = 0;
    for (QSplitter *s : std::as_const(m_splitters)) {
        if (restoreSizes(s, settings.value(settingsKey(s)).toString()))
            ++restored;
        connect(s, &QSplitter::splitterMoved, this, [this, s] {
            if (m_restored)
                QSettings().setValue(settingsKey(s), sizesOf(s));
        });
    }
    for (QHeaderView *h : std::as_const(m_headers)) {
        const QByteArray state = settings.value(settingsKey(h)).toByteArray();
        if (!state.isEmpty() && h->count() == 0) {
            // The view's model comes later (a lazy pane sets it up when first shown): restore when
            // its columns arrive.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(h, &QHeaderView::sectionCountChanged, this, [h, state, once](int, int now) {
                if (now > 0) {
                    disconnect(*once);
                    h->restoreState(state);
                }
            });
            ++restored;
        } else if (!state.isEmpty() && h->restoreState(state)) {
            ++restored;
        }
        auto saveHeader = [this, h] {
            if (m_restored && h->count() > 0)
                QSettings().setValue(settingsKey(h), h->saveState());
        };
        connect(h, &QHeaderView::sectionResized, this, saveHeader);
        connect(h, &QHeaderView::sectionMoved, this, saveHeader);
        connect(h, &QHeaderView::sortIndicatorChanged, this, saveHeader);
    }
    m_restored = true;
    return restored;
}

void StateKeeper::save() {
    if (!m_restored)
        return;
    QSettings settings;
    for (QSplitter *s : std::as_const(m_splitters))
        if (s)
            settings.setValue(settingsKey(s), sizesOf(s));
    for (QHeaderView *h : std::as_const(m_headers))
        if (h && h->count() > 0)
            settings.setValue(settingsKey(h), h->saveState());
}

bool StateKeeper::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_root) {
        if (event->type() == QEvent::Show && !m_restored)
            restore();
        else if (event->type() == QEvent::Hide)
            save();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace adesk
