#include "views/compliance/historypanel.h"

#include "models/common/money.h"
#include "models/compliance/verification.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adesk {

namespace {
QString when(const QDateTime &at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
QString coverage(const std::optional<qint64> &cents) {
    return cents ? QLocale().toCurrencyString(double(*cents) / 100.0, QStringLiteral("$")) : QString();
}
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent) {
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto *flagRow = new QHBoxLayout;
    m_flag = new QLabel;
    m_flag->setObjectName(QStringLiteral("editFlag"));
    m_flag->setWordWrap(true);
    m_flagButton = new QPushButton(tr("&Flag as potentially edited…"));
    m_flagButton->setObjectName(QStringLiteral("flagEdited"));
    flagRow->addWidget(m_flag, 1);
    flagRow->addWidget(m_flagButton);
    v->addLayout(flagRow);

    // Under the document viewer: the chooser on one line, the comparison below it. Without an
    // earlier submission only that line shows, so the document keeps the column's height.
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Earlier &submission:"));
    m_previous = new QComboBox;
    m_previous->setObjectName(QStringLiteral("historyPrevious"));
    label->setBuddy(m_previous);
    m_open = new QPushButton(tr("&Open in viewer"));
    m_open->setObjectName(QStringLiteral("historyOpen"));
    top->addWidget(label);
    top->addWidget(m_previous, 1);
    top->addWidget(m_open);
    v->addLayout(top);
    m_previous->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previous->setMinimumContentsLength(12);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Previous"), tr("This one")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    v->addWidget(m_table, 1);

    connect(m_previous, &QComboBox::currentIndexChanged, this, &HistoryPanel::compare);
    connect(m_flagButton, &QPushButton::clicked, this, &HistoryPanel::askFlag);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const qint64 doc = m_previous->currentData(Qt::UserRole + 1).toLongLong();
        if (doc > 0)
            emit openDocumentRequested(doc);
    });
    clear();
}

void HistoryPanel::clear() {
    m_currentId = 0;
    m_history.clear();
    m_flag->clear();
    m_flag->setStyleSheet(QString());
    m_flagButton->setEnabled(false);
    const QSignalBlocker block(m_previous);
    m_previous->clear();
    m_previous->setEnabled(false);
    m_open->setEnabled(false);
    m_table->setRowCount(0);
    showComparison(false);
}

void HistoryPanel::showComparison(bool show) {
    m_table->setVisible(show);
    m_open->setVisible(show);
    // The splitter above gives the document what this panel does not need.
    if (show) {
        setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        layout()->activate();
        setMaximumHeight(sizeHint().height());
    }
}

void HistoryPanel::setFlaggingEnabled(bool enabled) {
    m_flaggingEnabled = enabled;
    m_flagButton->setVisible(enabled);
}

void HistoryPanel::setHistory(qint64 currentId, const QList<HistoryEntry> &history, bool overrideApproved) {
    clear();
    m_currentId = currentId;
    m_history = history;
    const auto self = std::find_if(history.cbegin(), history.cend(),
                                   [currentId](const HistoryEntry &e) { return e.id == currentId; });
    const SemanticColors colors(palette());
    if (self != history.cend() && self->editFlaggedAt.isValid()) {
        m_flag->setStyleSheet(
            colors.bannerStyle(overrideApproved ? SemanticColors::Role::Ok : SemanticColors::Role::Warning));
        m_flag->setText(overrideApproved
                            ? tr("⚑ Flagged as potentially edited (%1). A second admin allowed approving it.")
                                  .arg(self->editFlagReason)
                            : tr("⚑ Flagged as potentially edited (%1). Approving needs a second admin.")
                                  .arg(self->editFlagReason));
    }
    m_flagButton->setEnabled(m_flaggingEnabled && self != history.cend() && !self->editFlaggedAt.isValid() &&
                             self->status == u"pending");
    const QSignalBlocker block(m_previous);
    for (const HistoryEntry &e : history) {
        if (e.id == currentId)
            continue;
        m_previous->addItem(
            tr("%1, %2 (#%3)")
                .arg(when(e.submittedAt), verification::statusLabel(verification::statusFromSql(e.status)))
                .arg(e.id),
            e.id);
        m_previous->setItemData(m_previous->count() - 1, e.documentId, Qt::UserRole + 1);
    }
    if (m_previous->count() == 0) {
        m_previous->addItem(tr("No earlier submission"), 0);
        m_previous->setEnabled(false);
        showComparison(false);
    } else {
        showComparison(true);
        m_previous->setEnabled(true);
        // The latest earlier one before this submission, else the last in the list.
        m_previous->setCurrentIndex(m_previous->count() - 1);
        for (int i = 0; i < m_previous->count(); ++i)
            if (m_previous->itemData(i).toLongLong() < currentId)
                m_previous->setCurrentIndex(i);
    }
    compare();
}

void HistoryPanel::compare() {
    const qint64 prevId = m_previous->currentData().toLongLong();
    const HistoryEntry *prev = nullptr;
    const HistoryEntry *self = nullptr;
    for (const HistoryEntry &e : m_history) {
        if (e.id == prevId)
            prev = &e;
        if (e.id == m_currentId)
            self = &e;
    }
    m_open->setEnabled(prev && prev->documentId > 0);
    m_table->setRowCount(0);
    if (!self)
        return;
    const HistoryEntry none;
    const HistoryEntry &p = prev ? *prev : none;
    auto status = [](const HistoryEntry &e) {
        return e.id ? verification::statusLabel(verification::statusFromSql(e.status)) : QString();
    };
    auto date = [](const QDate &d) {
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    const QList<std::tuple<QString, QString, QString>> rows = {
        {tr("Status"), status(p), status(*self)},
        {tr("Document"), p.documentName, self->documentName},
        {tr("Licence number"), p.licenseNumber, self->licenseNumber},
        {tr("Policy number"), p.policyNumber, self->policyNumber},
        {tr("Coverage"), coverage(p.coverageCents), coverage(self->coverageCents)},
        {tr("Expiry"), date(p.expiryDate), date(self->expiryDate)},
        {tr("Submitted"), when(p.submittedAt), when(self->submittedAt)},
        {tr("Decided"), when(p.verifiedAt), when(self->verifiedAt)},
        {tr("Decided by"), p.decidedBy, self->decidedBy},
    };
    const SemanticColors colors(palette());
    QStringList labels;
    for (const auto &[label, before, now] : rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        labels << label;
        const bool changed = prev && before != now && label != tr("Submitted") && label != tr("Decided");
        auto *a = new QTableWidgetItem(before);
        auto *b = new QTableWidgetItem(changed ? tr("%1 (changed)").arg(now) : now);
        if (changed) {
            for (QTableWidgetItem *item : {a, b}) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            a->setForeground(colors.text(SemanticColors::Role::Muted));
            b->setForeground(colors.text(SemanticColors::Role::Warning));
        }
        m_table->setItem(r, 0, a);
        m_table->setItem(r, 1, b);
    }
    m_table->setVerticalHeaderLabels(labels);
}

void HistoryPanel::askFlag() {
    if (!m_currentId)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Flag as potentially edited"),
                              tr("What suggests the document was edited? Approving it will then need a "
                                 "second admin."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !reason.isEmpty())
        emit flagRequested(m_currentId, reason);
}

} // namespace adesk
