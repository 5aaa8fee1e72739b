#include "views/earnings/feerulespanel.h"

#include "models/earnings/feerulemodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/earnings/feeruledialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {

/// Draws the versions that apply to nothing (inactive) in the muted text colour.
class InactiveRuleDelegate : public QStyledItemDelegate {
public:
    InactiveRuleDelegate(const FeeRuleFilterModel *filter, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_filter(filter) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto *model = qobject_cast<const FeeRuleModel *>(m_filter->sourceModel());
        const FeeRuleRow *r = model ? model->rowAt(m_filter->mapToSource(index).row()) : nullptr;
        if (r && !r->active) {
            const QColor muted = SemanticColors::of(option->widget).text(SemanticColors::Role::Muted);
            option->palette.setColor(QPalette::Text, muted);
        }
    }

private:
    const FeeRuleFilterModel *m_filter;
};

} // namespace

FeeRulesPanel::FeeRulesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FeeRuleModel(this))
    , m_filter(new FeeRuleFilterModel(this)) {
    setObjectName(QStringLiteral("feeRules"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("feeRuleHistory"));
    m_history->addItem(tr("Current and scheduled versions"), false);
    m_history->addItem(tr("Every version (history)"), true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("feeRuleKind"));
    m_kind->addItem(tr("All kinds"), QVariant());
    for (FeeKind k : allValues<FeeKind>())
        m_kind->addItem(labelOf(k), int(k));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Rule or workshop"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    m_newVersion = new QPushButton(tr("New version…"), this);
    m_newVersion->setObjectName(QStringLiteral("newFeeVersion"));
    m_customFee = new QPushButton(tr("Custom fee for a workshop…"), this);
    m_customFee->setObjectName(QStringLiteral("customFee"));
    bar->addWidget(m_history);
    bar->addWidget(m_kind);
    bar->addWidget(m_search);
    bar->addStretch();
    bar->addWidget(m_newVersion);
    PaneActions::buttons(this, {m_newVersion, m_customFee});
    bar->addWidget(m_customFee);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("feeRuleTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FeeRuleModel::KindColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(FeeRuleModel::NameColumn, 230);
    m_view->setColumnWidth(FeeRuleModel::KindColumn, 170);
    m_view->setColumnWidth(FeeRuleModel::WorkshopColumn, 160);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new InactiveRuleDelegate(m_filter, m_view));
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    connect(m_history, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setIncludeHistory(m_history->currentData().toBool());
        updateActions();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_kind->currentData();
        m_filter->setKind(v.isValid() ? std::optional<FeeKind>(FeeKind(v.toInt())) : std::nullopt);
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearch(t);
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeeRulesPanel::updateActions);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_newVersion->isEnabled())
            newVersion();
    });
    connect(m_newVersion, &QPushButton::clicked, this, &FeeRulesPanel::newVersion);
    connect(m_customFee, &QPushButton::clicked, this, &FeeRulesPanel::customFee);
    updateActions();
}

const FeeRuleRow *FeeRulesPanel::selectedRule() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->rowAt(m_filter->mapToSource(i).row()) : nullptr;
}

void FeeRulesPanel::selectRule(qint64 id) {
    const int row = m_model->indexOfId(id);
    if (row < 0)
        return;
    QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {
        m_history->setCurrentIndex(1); // it is history: show the history
        i = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!i.isValid())
        return;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}

void FeeRulesPanel::setRules(const QList<FeeRuleRow> &rules) {
    const FeeRuleRow *selected = selectedRule();
    const qint64 keep = selected ? selected->id : 0;
    m_model->setRows(rules);
    for (int c = 0; c < FeeRuleModel::SourceColumn; ++c)
        m_view->resizeColumnToContents(c);
    // Long names are elided (the table stays on screen; the name column can be widened).
    m_view->setColumnWidth(FeeRuleModel::NameColumn,
                           std::min(m_view->columnWidth(FeeRuleModel::NameColumn), 300));
    m_view->setColumnWidth(FeeRuleModel::WorkshopColumn,
                           std::min(m_view->columnWidth(FeeRuleModel::WorkshopColumn), 220));
    if (keep)
        selectRule(keep);
    else if (!m_view->currentIndex().isValid()) {
        // The first version that can get a new version: "New version…" works on it at once.
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const FeeRuleRow *r = m_model->rowAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
            if (r && r->kind && r->active && r->isOpen()) {
                m_view->setCurrentIndex(m_filter->index(row, 0));
                break;
            }
        }
    }
    int current = 0;
    const QDate today = FeeRuleModel::platformToday();
    for (const FeeRuleRow &r : rules)
        current += r.isCurrentOn(today) ? 1 : 0;
    m_count->setText(tr("%n rule version(s) in effect or scheduled, %1 in the history. A new version "
                        "starts today or later and ends the one it replaces the day before: past events "
                        "keep the fee of their date. Every change is audited.",
                        nullptr, current)
                         .arg(rules.size() - current));
    updateActions();
}

void FeeRulesPanel::setWorkshops(const QList<Payee> &workshops) {
    m_workshops.clear();
    for (const Payee &p : workshops)
        if (p.party == Party::Workshop)
            m_workshops << p;
    updateActions();
}

void FeeRulesPanel::updateActions() {
    const FeeRuleRow *r = selectedRule();
    const bool canVersion = r && r->kind && r->active && r->isOpen();
    m_newVersion->setEnabled(canVersion);
    QString why;
    if (!r)
        why = tr("Select the rule to change first.");
    else if (canVersion)
        why = tr("Write a new version of “%1” from a date you choose.").arg(r->name);
    else if (!r->active)
        why = tr("This version is inactive: it applies to nothing.");
    else if (r->isCurrentOn(FeeRuleModel::platformToday()))
        why = tr("A later version is already scheduled: select it to change the fee.");
    else
        why = tr("This version has ended: select the version in effect.");
    m_newVersion->setToolTip(why);
    m_customFee->setEnabled(!m_workshops.isEmpty());
}

void FeeRulesPanel::openDialogWith(FeeRuleDialog *dialog) {
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit setFeeRuleRequested(dialog->change()); });
    dialog->open();
}

void FeeRulesPanel::newVersion() {
    if (const FeeRuleRow *r = selectedRule(); r && r->kind && r->active && r->isOpen())
        openDialogWith(new FeeRuleDialog(*r, this));
}

void FeeRulesPanel::customFee() {
    if (m_workshops.isEmpty())
        return;
    auto *dialog = new FeeRuleDialog(m_workshops, m_model, this);
    // Start from the workshop of the selected custom fee, if any.
    if (const FeeRuleRow *r = selectedRule(); r && r->workshopId) {
        const int i = dialog->workshopCombo()->findData(r->workshopId);
        if (i >= 0)
            dialog->workshopCombo()->setCurrentIndex(i);
    }
    openDialogWith(dialog);
}

} // namespace adesk
