#include "views/compliance/checklistpanel.h"

#include "views/common/semanticcolors.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace adesk {

namespace {
SemanticColors::Role roleOf(ChecklistState s) {
    switch (s) {
    case ChecklistState::Approved:
        return SemanticColors::Role::Ok;
    case ChecklistState::Expiring:
        return SemanticColors::Role::Warning;
    case ChecklistState::Pending:
        return SemanticColors::Role::Info;
    case ChecklistState::Rejected:
    case ChecklistState::Missing:
        return SemanticColors::Role::Error;
    case ChecklistState::Expired:
        return SemanticColors::Role::Overdue;
    }
    return SemanticColors::Role::Muted;
}

QString symbolOf(ChecklistState s) {
    switch (s) {
    case ChecklistState::Approved:
        return QStringLiteral("\u2713"); // ✓
    case ChecklistState::Expiring:
        return QStringLiteral("\u26A0"); // ⚠
    case ChecklistState::Pending:
        return QStringLiteral("\u2026"); // …
    case ChecklistState::Rejected:
        return QStringLiteral("\u2717"); // ✗
    case ChecklistState::Expired:
        return QStringLiteral("\u231B"); // ⌛
    case ChecklistState::Missing:
        return QStringLiteral("\u25CB"); // ○
    }
    return {};
}
} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("checklistPanel"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_items = new QWidget(this);
    m_itemsLayout = new QVBoxLayout(m_items);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsLayout->setSpacing(2);
    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("approvalEffect"));
    m_effect->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_items);
    layout->addWidget(m_effect);
    layout->addWidget(m_status);
    rebuild();
}

void ChecklistPanel::setChecklist(const Checklist &checklist) {
    m_verificationId = checklist.verificationId;
    m_checklist = checklist;
    m_status->clear();
    m_items->setEnabled(true);
    rebuild();
}

void ChecklistPanel::setLoading(qint64 verificationId) {
    if (verificationId != m_verificationId)
        m_items->setEnabled(false);
    m_verificationId = verificationId;
    m_status->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Muted));
    m_status->setText(tr("Loading the requirements…"));
}

void ChecklistPanel::showError(const QString &text) {
    m_status->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
    m_status->setText(text);
}

void ChecklistPanel::clear() {
    m_verificationId = 0;
    m_checklist.reset();
    m_status->clear();
    rebuild();
}

QString ChecklistPanel::effectText() const {
    return m_effect->text();
}

QStringList ChecklistPanel::itemTexts() const {
    QStringList out;
    if (!m_checklist)
        return out;
    for (const ChecklistItem &i : m_checklist->items)
        out << tr("%1: %2").arg(verification::typeLabel(i.type), checklistStateText(i));
    return out;
}

void ChecklistPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChecklistPanel::rebuild() {
    m_title->setText(tr("Requirements"));
    while (QLayoutItem *item = m_itemsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const SemanticColors colors = SemanticColors::of(this);
    if (!m_checklist) {
        m_effect->clear();
        return;
    }
    if (m_checklist->items.isEmpty()) {
        auto *none = new QLabel(tr("Nothing is required of this entity."), m_items);
        none->setWordWrap(true);
        m_itemsLayout->addWidget(none);
    }
    for (const ChecklistItem &i : m_checklist->items) {
        const bool current = i.verificationId == m_checklist->verificationId;
        QString text = QStringLiteral("%1 %2 — %3")
                           .arg(colors.html(roleOf(i.state), symbolOf(i.state)),
                                verification::typeLabel(i.type).toHtmlEscaped(),
                                colors.html(roleOf(i.state), checklistStateText(i).toHtmlEscaped()));
        if (current)
            text = QStringLiteral("<b>") + text + QStringLiteral("</b> ") +
                   tr("(this document)").toHtmlEscaped();
        auto *label = new QLabel(text, m_items);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        if (i.expiryDate.isValid())
            label->setToolTip(tr("Expires on %1").arg(QLocale().toString(i.expiryDate, QLocale::LongFormat)));
        m_itemsLayout->addWidget(label);
    }
    m_effect->setText(approvalEffectSentence(m_checklist->effect));
    const bool completes = m_checklist->effect.code == u"completes";
    m_effect->setStyleSheet(
        colors.textStyle(completes ? SemanticColors::Role::Ok : SemanticColors::Role::Muted));
}

} // namespace adesk
