#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

namespace adesk {

/// Remembers the layout a user gives a pane: the sizes of every QSplitter (never its orientation:
/// sizes saved for a splitter of another shape are ignored) and the state (column
/// widths, order, hidden columns, sort) of every item view's horizontal header under @p root, in
/// QSettings under `state/<key>/<child>`. A child is named by its objectName, or by its class and
/// its rank among the root's descendants of that class (stable: panes build their widgets in a
/// fixed order). Restores on the root's first show (the widgets exist by then) and saves on every
/// change after that, and when the root is hidden, so a pane destroyed with its window keeps what
/// the user set. A view whose model has no columns yet at the first show gets its columns back when they
/// arrive. Splitters and views created after the first show are not followed.
class StateKeeper : public QObject {
    Q_OBJECT
public:
    /// Watches @p root (the keeper is a child of it). Nothing happens before the first show.
    static StateKeeper *watch(QWidget *root, const QString &key);

    /// The settings group of @p key ("state/<key>").
    static QString group(const QString &key);

    /// Restores now (normally done on the first show). Returns the number of objects restored.
    int restore();
    /// Saves every watched object now.
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StateKeeper(QWidget *root, const QString &key);
    void collect();
    QString settingsKey(const QObject *object) const;
    /// A splitter's orientation and sizes as saved ("v:420,180").
    static QString sizesOf(const QSplitter *splitter);
    /// Applies sizes saved by sizesOf when they fit this splitter (same orientation, same count).
    static bool restoreSizes(QSplitter *splitter, const QString &saved);

    QWidget *m_root;
    QString m_key;
    bool m_restored = false;
    QList<QPointer<QSplitter>> m_splitters;
    QList<QPointer<QHeaderView>> m_headers;
    QHash<const QObject *, QString> m_names;
};

} // namespace adesk
