#include "views/matching/matchingpane.h"

#include "models/matching/matchingmodels.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/common/tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {
QTableView *newTable(const QString &objectName) {
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    return v;
}

/// Colours the requests waiting past their window (the status says so in words too).
class PastWindowProxy : public QIdentityProxyModel {
public:
    PastWindowProxy(QWidget *owner, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_owner(owner) {}
    QVariant data(const QModelIndex &index, int role) const override {
        if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) &&
            index.data(LiveRequestsModel::PastWindowRole).toBool()) {
            const SemanticColors colors = SemanticColors::of(m_owner);
            return role == Qt::BackgroundRole ? QVariant(colors.background(SemanticColors::Role::Overdue))
                                              : QVariant(colors.textOn(SemanticColors::Role::Overdue));
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget *m_owner;
};
} // namespace

MatchingPane::MatchingPane(LiveRequestsModel *live, OffersModel *offers, MatchingRulesModel *rules,
                           bool canEditRules, QWidget *parent)
    : LazyPane(parent)
    , m_live(live)
    , m_offers(offers)
    , m_rules(rules)
    , m_canEditRules(canEditRules) {
    auto *v = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("matchingTabs"));
    m_tabs->addTab(buildLive(), tr("Live requests"));
    m_tabs->addTab(buildRules(), tr("Matching rules"));
    v->addWidget(m_tabs, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("matchingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);
}

QWidget *MatchingPane::buildLive() {
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *intro =
        new QLabel(tr("Requests waiting for a mechanic, and those of the last 24 hours. Refreshed "
                      "every 10 seconds; the customer appears only as the area of their postal code."));
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(QStringLiteral("matchingRefresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    top->addWidget(m_refresh);
    v->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical);
    m_liveView = newTable(QStringLiteral("liveRequests"));
    m_liveView->setModel(new PastWindowProxy(this, this));
    static_cast<QIdentityProxyModel *>(m_liveView->model())->setSourceModel(m_live);
    split->addWidget(m_liveView);
    auto *offersBox = new QWidget;
    auto *ov = new QVBoxLayout(offersBox);
    ov->setContentsMargins(0, 0, 0, 0);
    m_offersTitle = new QLabel(tr("Select a request to see who was offered it, and why."));
    m_offersTitle->setObjectName(QStringLiteral("offersTitle"));
    ov->addWidget(m_offersTitle);
    m_offersView = newTable(QStringLiteral("requestOffers"));
    m_offersView->setModel(m_offers);
    ov->addWidget(m_offersView);
    split->addWidget(offersBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);
    PaneActions::buttons(this, {m_refresh});
    // Copy the selected requests (tab-separated, with headers) to paste into a ticket or an e-mail.
    auto *copy = new QAction(tr("Copy selected requests"), this);
    copy->setObjectName(QStringLiteral("copyLiveRequests"));
    connect(copy, &QAction::triggered, this, [this] {
        const QString text = TableCopy::selectedText(m_liveView);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    PaneActions::expose(this, copy);

    connect(m_refresh, &QPushButton::clicked, this, &MatchingPane::refreshRequested);
    connect(m_liveView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid() ? current.data(LiveRequestsModel::RequestIdRole).toLongLong() : 0;
                if (id && id != m_selected)
                    emit requestSelected(id);
            });
    connect(m_live, &QAbstractItemModel::modelReset, this, [this] {
        m_liveView->resizeColumnsToContents();
        // Keep the selection across refreshes.
        const int row = m_selected ? m_live->rowOf(m_selected) : (m_live->rowCount() > 0 ? 0 : -1);
        if (row >= 0)
            m_liveView->setCurrentIndex(m_liveView->model()->index(row, 0));
        else if (m_selected) {
            m_selected = 0;
            m_offers->setRows({});
            m_offersTitle->setText(tr("Select a request to see who was offered it, and why."));
        }
    });
    connect(m_offers, &QAbstractItemModel::modelReset, this,
            [this] { m_offersView->resizeColumnsToContents(); });
    return page;
}

QWidget *MatchingPane::buildRules() {
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_ruleHint = new QLabel(
        m_canEditRules ? tr("The matching plan's numbers. Double-click a value to change it, then "
                            "Save; every change is audited.")
                       : tr("The matching plan's numbers, as the platform applies them (read only)."));
    m_ruleHint->setWordWrap(true);
    v->addWidget(m_ruleHint);
    m_rulesView = newTable(QStringLiteral("matchingRules"));
    m_rulesView->setModel(m_rules);
    m_rules->setEditable(m_canEditRules);
    m_rulesView->setEditTriggers(m_canEditRules
                                     ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    v->addWidget(m_rulesView, 1);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveRule"));
    m_undo = new QPushButton(tr("&Undo edit"));
    m_undo->setObjectName(QStringLiteral("undoRule"));
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_save);
    v->addLayout(buttons);
    m_save->setVisible(m_canEditRules);
    m_undo->setVisible(m_canEditRules);
    if (m_canEditRules)
        PaneActions::buttons(this, {m_undo, m_save});

    connect(m_rules, &QAbstractItemModel::modelReset, this, [this] {
        m_rulesView->resizeColumnsToContents();
        updateRuleButtons();
    });
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &MatchingPane::updateRuleButtons);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPane::updateRuleButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int row = m_rulesView->currentIndex().row();
        if (row >= 0)
            m_rules->revert(row);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int row = m_rulesView->currentIndex().row();
        if (row < 0 || !m_rules->isEdited(row))
            return;
        emit saveRuleRequested(row, m_rules->at(row).code, m_rules->editedValue(row));
    });
    updateRuleButtons();
    return page;
}

void MatchingPane::updateRuleButtons() {
    const int row = m_rulesView->currentIndex().row();
    const bool edited = row >= 0 && m_rules->isEdited(row);
    m_save->setEnabled(edited);
    m_undo->setEnabled(edited);
    if (row >= 0 && m_canEditRules) {
        const matching::Bounds b = matching::boundsOf(m_rules->at(row).unit);
        m_rulesView->setToolTip(
            tr("Between %1 and %2 %3.").arg(b.min).arg(b.max).arg(matching::unitText(m_rules->at(row).unit)));
    }
}

void MatchingPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void MatchingPane::showOffersOf(qint64 requestId) {
    m_selected = requestId;
    m_offersTitle->setText(tr("Offers of request %1: who was notified, why, and the answer").arg(requestId));
}

void MatchingPane::ruleSaved(int row, int value) {
    m_rules->markSaved(row, value);
    showMessage(tr("Saved: %1 is now %2.").arg(m_rules->at(row).code).arg(value), false);
}

} // namespace adesk
