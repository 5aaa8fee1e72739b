#include "views/documents/documentbanner.h"

#include "views/common/semanticcolors.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace adesk {

DocumentBanner::DocumentBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("Unlock"), this)) {
    setObjectName(QStringLiteral("documentBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("documentBannerMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Document password"));
    m_password->setClearButtonEnabled(true);
    m_password->setMinimumWidth(160);
    m_unlock->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_password);
    layout->addWidget(m_unlock);

    auto submit = [this] {
        if (m_unlock->isEnabled())
            Q_EMIT unlockRequested(m_password->text());
    };
    connect(m_unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);

    dismiss();
}

void DocumentBanner::applyKind(Kind kind) {
    const bool password = kind == Kind::Password;
    // The colours of the pane around the banner: its own palette holds the last kind's tint.
    const SemanticColors colors = SemanticColors::of(parentWidget());
    const SemanticColors::Role role = password ? SemanticColors::Role::Warning : SemanticColors::Role::Error;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colors.background(role));
    pal.setColor(QPalette::WindowText, colors.palette().color(QPalette::WindowText));
    setPalette(pal);
    const QIcon icon = password ? QIcon::fromTheme(QStringLiteral("dialog-password"),
                                                   style()->standardIcon(QStyle::SP_MessageBoxInformation))
                                : QIcon::fromTheme(QStringLiteral("dialog-error"),
                                                   style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_icon->setPixmap(icon.pixmap(22, 22));
    m_password->setVisible(password);
    m_unlock->setVisible(password);
}

void DocumentBanner::showError(const QString &message) {
    applyKind(Kind::Error);
    m_message->setText(message);
    setAccessibleDescription(message);
    setBusy(false);
    show();
}

void DocumentBanner::showPasswordPrompt(const QString &message, bool wrongPassword) {
    applyKind(Kind::Password);
    m_message->setText(message);
    setAccessibleDescription(message);
    setBusy(false);
    if (wrongPassword)
        m_password->selectAll();
    else
        m_password->clear();
    show();
    m_password->setFocus(Qt::OtherFocusReason);
}

void DocumentBanner::dismiss() {
    m_message->clear();
    m_password->clear();
    m_password->hide();
    m_unlock->hide();
    hide();
}

QString DocumentBanner::message() const {
    return isHidden() ? QString() : m_message->text();
}

bool DocumentBanner::isPasswordPromptVisible() const {
    return !isHidden() && !m_password->isHidden();
}

void DocumentBanner::setBusy(bool busy) {
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
}

} // namespace adesk
