#include "views/documents/documentsearchbar.h"

#include "views/common/semanticcolors.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace adesk {

namespace {

QToolButton *makeButton(const QString &iconName, const QString &text, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setText(text);
    button->setToolTip(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}

} // namespace

DocumentSearchBar::DocumentSearchBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(makeButton(QStringLiteral("go-up-search"), tr("Previous"), this))
    , m_next(makeButton(QStringLiteral("go-down-search"), tr("Next"), this))
    , m_status(new QLabel(this))
    , m_close(makeButton(QStringLiteral("window-close"), tr("Close"), this)) {
    m_field->setObjectName(QStringLiteral("documentSearchField"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { submit(false); });
    connect(m_next, &QToolButton::clicked, this, [this] { submit(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { submit(true); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_lastSubmitted.clear();
            setStatus(QString());
            Q_EMIT searchRequested(QString());
        }
    });
}

QString DocumentSearchBar::text() const {
    return m_field->text();
}

void DocumentSearchBar::setText(const QString &text) {
    m_field->setText(text);
}

void DocumentSearchBar::activate() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void DocumentSearchBar::setStatus(const QString &status, bool notFound) {
    m_status->setText(status);
    QPalette pal = m_field->palette();
    pal.setColor(QPalette::Base, notFound ? SemanticColors::of(this).background(SemanticColors::Role::Error)
                                          : palette().color(QPalette::Base));
    m_field->setPalette(pal);
}

void DocumentSearchBar::submit(bool backwards) {
    const QString text = m_field->text();
    if (text != m_lastSubmitted) {
        m_lastSubmitted = text;
        Q_EMIT searchRequested(text);
    } else if (backwards) {
        Q_EMIT previousRequested();
    } else {
        Q_EMIT nextRequested();
    }
}

bool DocumentSearchBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            submit(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace adesk
