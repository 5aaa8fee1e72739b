#include "views/compliance/reviewpane.h"

#include "models/compliance/verificationqueuemodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/compliance/checklistpanel.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/historypanel.h"
#include "views/compliance/queuedelegate.h"
#include "views/compliance/queuefilterbar.h"
#include "views/documents/documentview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

ReviewPane::ReviewPane(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("reviewPane"));
    m_filters = new QueueFilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new QueueDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("queueCount"));

    auto *queue = new QWidget(this);
    auto *ql = new QVBoxLayout(queue);
    ql->setContentsMargins(0, 0, 0, 0);
    ql->addWidget(m_table, 1);
    ql->addWidget(m_count);

    m_viewer = new DocumentView(this);
    m_viewer->setObjectName(QStringLiteral("documentView"));
    m_decision = new DecisionPanel(this);
    m_decision->setObjectName(QStringLiteral("decisionPanel"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->addWidget(queue);
    // The document above its requirement's history: earlier submissions and the changed fields
    // side by side, the edit flag (issue 15).
    auto *documentColumn = new QSplitter(Qt::Vertical, this);
    documentColumn->setObjectName(QStringLiteral("documentColumn"));
    documentColumn->addWidget(m_viewer);
    m_history = new HistoryPanel(this);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    documentColumn->addWidget(m_history);
    documentColumn->setStretchFactor(0, 3);
    documentColumn->setStretchFactor(1, 1);
    m_splitter->addWidget(documentColumn);
    // The entity's checklist above the decision panel, in the same column (issue 15).
    m_checklist = new ChecklistPanel(this);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("decisionColumn"));
    side->addWidget(m_checklist);
    side->addWidget(m_decision);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    auto makeAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_next = makeAction(tr("Next item"), QKeySequence(Qt::ALT | Qt::Key_Down), &ReviewPane::selectNext);
    m_prev = makeAction(tr("Previous item"), QKeySequence(Qt::ALT | Qt::Key_Up), &ReviewPane::selectPrevious);
    m_approve =
        makeAction(tr("Approve"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_decision->approve(); });
    m_reject = makeAction(tr("Reject"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          [this] { m_decision->reject(); });
    m_info = makeAction(tr("Request information"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                        [this] { m_decision->requestInfo(); });
    m_focusFilter =
        makeAction(tr("Find in queue"), QKeySequence(Qt::CTRL | Qt::Key_L), &ReviewPane::focusFilter);
    m_refresh = makeAction(tr("Refresh queue"), QKeySequence(QKeySequence::Refresh),
                           [this] { emit refreshRequested(); });
    // Ctrl+F belongs to the whole pane: the viewer's own Find action would answer only while the
    // focus is inside the viewer (and two actions on one key would be ambiguous: neither fires).
    m_viewer->findAction()->setShortcuts({});
    m_find = makeAction(tr("Find…"), QKeySequence(QKeySequence::Find), &ReviewPane::find);
    // The admin's zoom (fit width, fit page or a level) is kept for the next documents and sessions.
    m_viewer->setZoomMemory(QStringLiteral("review/viewer"));
    m_table->addAction(m_approve);
    m_table->addAction(m_reject);
    m_table->addAction(m_info);
    // The pane's menu (PaneActions): decisions, moving in the queue, finding, then the viewer's.
    for (QAction *a : {m_approve, m_reject, m_info})
        PaneActions::expose(this, a);
    PaneActions::separator(this);
    for (QAction *a : {m_next, m_prev, m_find, m_focusFilter, m_refresh})
        PaneActions::expose(this, a);
    PaneActions::separator(this);
    for (QAction *a : m_viewer->viewActions())
        PaneActions::expose(this, a);

    connect(m_filters, &QueueFilterBar::filterChanged, this, &ReviewPane::filterChanged);
}

void ReviewPane::fitStatusColumn() {
    QHeaderView *h = m_table->horizontalHeader();
    if (h->count() <= VerificationQueueModel::StatusColumn)
        return;
    // Wide enough for the longest status chip in the interface language ("Pending (info requested)").
    int statusWidth = 100;
    for (const QString &s : VerificationQueueModel::statusTexts())
        statusWidth = std::max(statusWidth, QueueDelegate::statusColumnWidth(m_table->font(), s));
    if (h->sectionSize(VerificationQueueModel::StatusColumn) < statusWidth)
        h->resizeSection(VerificationQueueModel::StatusColumn, statusWidth);
}

void ReviewPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event); // after the remembered column widths are restored (StateKeeper)
    fitStatusColumn();
}

void ReviewPane::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        fitStatusColumn();
}

QList<QAction *> ReviewPane::reviewActions() const {
    return {m_next, m_prev, m_approve, m_reject, m_info, m_focusFilter, m_find, m_refresh};
}

void ReviewPane::setModel(VerificationQueueModel *model) {
    m_model = model;
    m_table->setModel(model);
    m_table->sortByColumn(VerificationQueueModel::Submitted, Qt::AscendingOrder);
    QHeaderView *h = m_table->horizontalHeader();
    h->resizeSection(VerificationQueueModel::Submitted, 150);
    h->resizeSection(VerificationQueueModel::Age, 56);
    h->resizeSection(VerificationQueueModel::Entity, 180);
    // Wide enough for the longest type in the interface language ("Police d'assurance").
    int typeWidth = 110;
    for (auto t : verification::allTypes())
        typeWidth =
            std::max(typeWidth, m_table->fontMetrics().horizontalAdvance(verification::typeLabel(t)) + 14);
    h->resizeSection(VerificationQueueModel::Type, typeWidth);
    h->resizeSection(VerificationQueueModel::Province, 44);
    h->resizeSection(VerificationQueueModel::Expiry, 90);
    h->resizeSection(VerificationQueueModel::StatusColumn, 100);
    fitStatusColumn();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
                if (id == m_lastId)
                    return;
                m_lastId = id;
                emit currentVerificationChanged(id);
            });
    // After a reset (new filter or sort, a full refresh) the selection model has silently dropped
    // the current row: select the same item again if it is still in the queue, otherwise tell the
    // controller that nothing is open (it releases the claim; the typed note stays in the drafts).
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_reselectId = m_lastId;
        m_lastId = 0;
        if (m_model->rowCount() > 0 || m_model->atEnd())
            resolveReselect();
        updateCount();
    });
    // A newcomer is not left before an empty document and a blank panel: the first time the queue
    // has items and none is open, the first one opens. The first rows come with the first page, or
    // with a refresh that replaced it (the listener's first LISTEN may arrive while it loads).
    auto openFirst = [this] {
        if (!m_openedFirst && !m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_openedFirst = true;
            selectId(m_model->idAt(0));
        }
    };
    connect(model, &VerificationQueueModel::pageLoaded, this, [this, openFirst](int, bool first) {
        if (first) {
            resolveReselect();
            openFirst();
        }
        updateCount();
    });
    connect(model, &VerificationQueueModel::refreshed, this, [this, openFirst] {
        openFirst();
        updateCount();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReviewPane::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReviewPane::updateCount);
    connect(model, &VerificationQueueModel::loadingChanged, this, &ReviewPane::updateCount);
    connect(model, &VerificationQueueModel::loadFailed, this, &ReviewPane::showQueueMessage);
    updateCount();
}

void ReviewPane::resolveReselect() {
    const qint64 id = m_reselectId;
    m_reselectId = 0;
    if (!id)
        return;
    if (selectId(id))
        return;
    m_table->selectionModel()->clearCurrentIndex();
    m_lastId = 0;
    emit currentVerificationChanged(0);
}

void ReviewPane::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QAction *a : {m_approve, m_reject, m_info}) {
        a->setEnabled(!readOnly);
        a->setVisible(!readOnly); // not in the pane's menu of a reader
    }
    m_decision->setReadOnly(readOnly);
    m_history->setVisible(!readOnly); // admins only (desk.verification_history)
    if (readOnly)
        m_decision->setClaimText(tr("Read-only: decisions are made by platform admins."));
}

qint64 ReviewPane::currentId() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() && m_model ? m_model->idAt(i.row()) : 0;
}

bool ReviewPane::selectId(qint64 id) {
    if (!m_model)
        return false;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex idx = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
    return true;
}

void ReviewPane::selectNext() {
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QModelIndex cur = m_table->currentIndex();
    int row = cur.isValid() ? cur.row() + 1 : 0;
    if (row >= m_model->rowCount()) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return;
    }
    selectId(m_model->idAt(row));
}

void ReviewPane::selectPrevious() {
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QModelIndex cur = m_table->currentIndex();
    const int row = cur.isValid() ? std::max(0, cur.row() - 1) : 0;
    selectId(m_model->idAt(row));
}

void ReviewPane::focusFilter() {
    m_filters->focusSearch();
}

void ReviewPane::find() {
    if (m_viewer->hasDocument())
        m_viewer->showSearchBar();
    else
        focusFilter();
}

void ReviewPane::showQueueMessage(const QString &text) {
    m_count->setText(text);
    m_count->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
}

void ReviewPane::updateCount() {
    if (!m_model)
        return;
    const int n = m_model->rowCount();
    QString text =
        m_model->atEnd() ? tr("%n item(s)", nullptr, n) : tr("%n item(s) loaded, more below", nullptr, n);
    if (m_model->isLoading())
        text += QStringLiteral(" · ") + tr("loading…");
    m_count->setStyleSheet(QString());
    m_count->setText(text);
}

} // namespace adesk
