#include "views/common/paneactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace adesk::PaneActions {

namespace {
constexpr const char *kListName = "paneActions";

/// The ordered list a pane's menu holds, a child of the pane.
class ActionList : public QObject {
public:
    using QObject::QObject;
    QList<QPointer<QAction>> actions;
    QAction *leading = nullptr; ///< the separator before this list when it follows another pane's
};

ActionList *listOf(QWidget *pane) {
    if (auto *l = pane->findChild<ActionList *>(QLatin1String(kListName), Qt::FindDirectChildrenOnly))
        return l;
    auto *l = new ActionList(pane);
    l->setObjectName(QLatin1String(kListName));
    return l;
}

/// Keeps a button's action in step with the button (enabled, visible, checked, text).
class ButtonAction : public QAction {
public:
    ButtonAction(QAbstractButton *button, const QString &text)
        : QAction(button)
        , m_button(button)
        , m_text(text) {
        setObjectName(button->objectName().isEmpty() ? QString()
                                                     : button->objectName() + QStringLiteral("Action"));
        setCheckable(button->isCheckable());
        // The explicit shortcut moves to the action (one key, one owner); a mnemonic stays on the button.
        const QKeySequence key = button->shortcut();
        if (!key.isEmpty() && key != QKeySequence::mnemonic(button->text())) {
            setShortcut(key);
            button->setShortcut(QKeySequence::mnemonic(button->text()));
        }
        connect(this, &QAction::triggered, button, [button] {
            if (button->isEnabled() && button->isVisible())
                button->click();
        });
        connect(button, &QAbstractButton::toggled, this, &QAction::setChecked);
        button->installEventFilter(this);
        sync();
    }

    void sync() {
        if (!m_button)
            return;
        QString text = m_text.isEmpty() ? m_button->text() : m_text;
        if (text.isEmpty())
            text = m_button->toolTip();
        setText(text);
        setToolTip(m_button->toolTip());
        setEnabled(m_button->isEnabled() && m_button->isVisibleTo(m_button->window()));
        if (isCheckable())
            setChecked(m_button->isChecked());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_button) {
            switch (event->type()) {
            case QEvent::EnabledChange:
            case QEvent::Show:
            case QEvent::Hide:
            case QEvent::ShowToParent:
            case QEvent::HideToParent:
                sync();
                break;
            default:
                break;
            }
        }
        return QAction::eventFilter(watched, event);
    }

private:
    QPointer<QAbstractButton> m_button;
    QString m_text;
};
} // namespace

void expose(QWidget *pane, QAction *action) {
    ActionList *l = listOf(pane);
    if (!l->actions.contains(action))
        l->actions.append(action);
}

void separator(QWidget *pane) {
    auto *s = new QAction(pane);
    s->setSeparator(true);
    expose(pane, s);
}

QAction *button(QWidget *pane, QAbstractButton *button, const QString &text) {
    auto *a = button->findChild<ButtonAction *>(QString(), Qt::FindDirectChildrenOnly);
    if (!a) {
        a = new ButtonAction(button, text);
        // Its key answers while the pane is shown, in the window or on its own (a tool button with
        // actions would draw a menu arrow: the pane holds it, not the button).
        pane->addAction(a);
    }
    expose(pane, a);
    return a;
}

void buttons(QWidget *pane, std::initializer_list<QAbstractButton *> list) {
    for (QAbstractButton *b : list)
        button(pane, b);
}

void sync(QAction *action) {
    if (auto *b = dynamic_cast<ButtonAction *>(action))
        b->sync();
}

QList<QAction *> of(const QWidget *pane) {
    QList<QAction *> out;
    QList<const ActionList *> lists;
    if (auto *own = pane->findChild<ActionList *>(QLatin1String(kListName), Qt::FindDirectChildrenOnly))
        lists << own;
    for (const ActionList *l : pane->findChildren<ActionList *>(QLatin1String(kListName)))
        if (!lists.contains(l))
            lists << l;
    for (const ActionList *l : lists) {
        if (!out.isEmpty() && !l->actions.isEmpty() && !out.last()->isSeparator()) {
            auto *list = const_cast<ActionList *>(l);
            if (!list->leading) {
                list->leading = new QAction(list);
                list->leading->setSeparator(true);
            }
            out << list->leading;
        }
        for (const QPointer<QAction> &a : l->actions) {
            if (!a)
                continue;
            if (auto *b = dynamic_cast<ButtonAction *>(a.data()))
                b->sync();
            out << a;
        }
    }
    while (!out.isEmpty() && out.last()->isSeparator())
        out.removeLast();
    return out;
}

} // namespace adesk::PaneActions
