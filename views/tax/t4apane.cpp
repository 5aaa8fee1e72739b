#include "views/tax/t4apane.h"

#include "models/common/money.h"
#include "models/tax/t4amodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/tax/taxprofileeditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace adesk {

namespace {

/// Colours of the T4A table (kept out of the model).
class T4ADelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant v = index.data(T4AModel::RowRole);
        if (!v.isValid())
            return;
        const T4AOverviewRow r = v.value<T4AOverviewRow>();
        const SemanticColors colors(option->palette);
        using Role = SemanticColors::Role;
        if (index.column() == T4AModel::ProblemsColumn && !r.problems.isEmpty())
            option->palette.setColor(QPalette::Text, colors.text(r.slipDue ? Role::Error : Role::Warning));
        if (index.column() == T4AModel::DifferenceColumn && r.differenceCents() != 0)
            option->palette.setColor(QPalette::Text,
                                     colors.text(r.differenceExplained() ? Role::Warning : Role::Error));
        if (index.column() == T4AModel::DueColumn && r.slipDue)
            option->font.setBold(true);
        if (!r.slipDue)
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

} // namespace

T4APane::T4APane(T4AModel *model, QWidget *parent)
    : LazyPane(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("t4a"));
    auto *outer = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Tax year"), this));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearPicker"));
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Show"), this));
    m_filterBox = new QComboBox(this);
    m_filterBox->setObjectName(QStringLiteral("problemFilter"));
    m_filterBox->addItem(tr("All payees"), QStringLiteral("all"));
    m_filterBox->addItem(tr("Slips due"), QStringLiteral("due"));
    m_filterBox->addItem(tr("Slips due with problems"), QStringLiteral("problems"));
    m_filterBox->addItem(tr("Missing SIN/BN"), QStringLiteral("missing_tin"));
    m_filterBox->addItem(tr("Invalid SIN check digit"), QStringLiteral("invalid_sin"));
    m_filterBox->addItem(tr("Postal code not in the province"), QStringLiteral("postal_province"));
    m_filterBox->addItem(tr("Missing address"), QStringLiteral("missing_address"));
    m_filterBox->addItem(tr("No tax profile"), QStringLiteral("no_profile"));
    m_filterBox->addItem(tr("Differs from statements"), QStringLiteral("difference"));
    bar->addWidget(m_filterBox);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search payees"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    outer->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("t4aSummary"));
    outer->addWidget(m_summary);
    m_dataAsOf = new QLabel(this);
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));
    m_dataAsOf->setTextFormat(Qt::PlainText);
    m_dataAsOf->hide();
    outer->addWidget(m_dataAsOf);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_filter = new T4AFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("t4aTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new T4ADelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // In the overview's order (slips due first, then by name) until a header is clicked: enabling
    // sorting would otherwise sort by the header's default indicator (payee, descending), 50,000
    // payees on the GUI thread each time the overview arrives (bench_t4a, t4a_pane_rows).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // The editor scrolls when the pane is short (1366x768 with the schema issues shown, a long
    // message under a field): squeezed, its rows would overlap.
    auto *editorScroll = new QScrollArea(split);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidgetResizable(true);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor = new TaxProfileEditor(editorScroll);
    editorScroll->setWidget(m_editor);
    split->addWidget(m_table);
    split->addWidget(editorScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);

    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(QStringLiteral("schemaIssues"));
    m_issues->setHeaderLabels({tr("Slip"), tr("Payee"), tr("Line"), tr("Problem")});
    m_issues->setRootIsDecorated(false);
    m_issues->setMaximumHeight(150);
    m_issues->hide();
    outer->addWidget(m_issues);

    auto *actions = new QHBoxLayout;
    m_drafts = new QPushButton(tr("Create draft slips"), this);
    m_finalize = new QPushButton(tr("Finalize"), this);
    m_generate = new QPushButton(tr("Generate PDFs and XML…"), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_filed = new QPushButton(tr("Mark filed"), this);
    m_amend = new QPushButton(tr("Amend slip"), this);
    m_cancelSlip = new QPushButton(tr("Cancel slip"), this);
    for (QPushButton *b : {m_drafts, m_finalize, m_generate, m_filed, m_amend, m_cancelSlip})
        actions->addWidget(b);
    actions->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    actions->addWidget(m_progress);
    m_cancelWork = new QPushButton(tr("Stop"), this);
    m_cancelWork->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelWork->hide();
    actions->addWidget(m_cancelWork);
    outer->addLayout(actions);
    PaneActions::buttons(this,
                         {m_drafts, m_finalize, m_generate, m_filed, m_amend, m_cancelSlip, m_cancelWork});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("t4aMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_message);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (year() > 0)
            emit yearChanged(year());
    });
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString f = m_filterBox->currentData().toString();
        if (f == u"all")
            m_filter->setMode(T4AFilterModel::Mode::All);
        else if (f == u"due")
            m_filter->setMode(T4AFilterModel::Mode::SlipDue);
        else if (f == u"problems")
            m_filter->setMode(T4AFilterModel::Mode::AnyProblem);
        else if (f == u"difference")
            m_filter->setMode(T4AFilterModel::Mode::Difference);
        else
            m_filter->setMode(T4AFilterModel::Mode::Problem, f);
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &T4AFilterModel::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        if (const T4AOverviewRow *r = currentRow())
            emit payeeSelected(r->payeeParty, r->payeeId);
        else
            m_editor->clear();
    });
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // sample, never scan 50,000 rows
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        refreshSummary();
        updateActions();
    });
    connect(m_editor, &TaxProfileEditor::saveRequested, this, &T4APane::profileSaveRequested);
    connect(m_editor, &TaxProfileEditor::revealRequested, this, [this](qint64 id) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Reveal SIN / BN"), tr("Why do you need to see it? (recorded in the audit log)"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !reason.trimmed().isEmpty())
            emit revealRequested(id, reason.trimmed());
    });
    connect(m_drafts, &QPushButton::clicked, this, [this] { emit createDraftsRequested(year()); });
    connect(m_finalize, &QPushButton::clicked, this, [this] { emit finalizeRequested(year()); });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString last = settings
                                 .value(QStringLiteral("t4a/outputDirectory"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .toString();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the T4A files"), last);
        if (dir.isEmpty())
            return;
        settings.setValue(QStringLiteral("t4a/outputDirectory"), dir);
        emit generateRequested(year(), dir);
    });
    connect(m_filed, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Mark filed"),
                tr("Record the last generated return as filed with the CRA? Its final slips "
                   "become filed and can then only be amended or cancelled.")) == QMessageBox::Yes)
            emit markFiledRequested(year());
    });
    auto amend = [this](bool cancel) {
        const T4AOverviewRow *r = currentRow();
        if (!r || r->slipStatus != SlipStatus::Filed)
            return;
        const QString q =
            cancel ? tr("Cancel the filed slip of %1? A cancelled slip (report type C) goes into an "
                        "amended return.")
                         .arg(r->payeeName)
                   : tr("Amend the filed slip of %1 to the year's fees now on record (%2)?")
                         .arg(r->payeeName, Money::fromCents(r->feesCents).toString());
        if (QMessageBox::question(this, cancel ? tr("Cancel slip") : tr("Amend slip"), q) == QMessageBox::Yes)
            emit amendRequested(r->slipId, r->slipVersion, cancel);
    };
    connect(m_amend, &QPushButton::clicked, this, [amend] { amend(false); });
    connect(m_cancelSlip, &QPushButton::clicked, this, [amend] { amend(true); });
    connect(m_cancelWork, &QPushButton::clicked, this, &T4APane::cancelWorkRequested);
    connect(m_issues, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { selectKey(item->data(0, Qt::UserRole).toString()); });
    updateActions();
}

int T4APane::year() const {
    return m_year->currentData().toInt();
}

void T4APane::setYears(const QList<int> &years, int current) {
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

QString T4APane::selectedKey() const {
    const T4AOverviewRow *r = currentRow();
    return r ? r->key() : QString();
}

const T4AOverviewRow *T4APane::currentRow() const {
    const QModelIndex i = m_filter->mapToSource(m_table->currentIndex());
    return i.isValid() ? m_model->rowAt(i.row()) : nullptr;
}

void T4APane::updateActions() {
    const T4AOverviewRow *r = currentRow();
    const bool filed = r && r->slipStatus == SlipStatus::Filed;
    m_drafts->setEnabled(!m_busy);
    m_finalize->setEnabled(!m_busy);
    m_generate->setEnabled(!m_busy);
    m_filed->setEnabled(!m_busy);
    m_amend->setEnabled(!m_busy && filed);
    m_cancelSlip->setEnabled(!m_busy && filed);
}

void T4APane::refreshSummary() {
    int problems = 0;
    for (const T4AOverviewRow &r : m_model->rows())
        problems += (r.slipDue && !r.problems.isEmpty()) ? 1 : 0;
    // One plural per count ("1 slip due", « 1 feuillet requis »).
    m_summary->setText(QStringList{
        tr("%n payee(s)", nullptr, m_model->rowCount()), tr("%n slip(s) due", nullptr, m_model->slipsDue()),
        tr("box 048 total %1").arg(Money::fromCents(m_model->totalDueCents()).toString()),
        tr("%n slip(s) with problems", nullptr, problems)}
                           .join(QStringLiteral(" · ")));
}

void T4APane::showProfile(const TaxProfile &profile) {
    m_editor->setProfile(profile);
}

void T4APane::showRevealed(const QString &sin, const QString &bn) {
    m_editor->showRevealed(sin, bn);
}

void T4APane::setBusy(bool busy, const QString &what) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelWork->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what + QStringLiteral(" %p%"));
    }
    updateActions();
}

void T4APane::setProgress(int value, int maximum) {
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
}

void T4APane::showIssues(const QList<T4AIssueView> &issues) {
    m_issues->clear();
    for (const T4AIssueView &i : issues) {
        auto *item = new QTreeWidgetItem(m_issues,
                                         {i.slipId ? QString::number(i.slipId) : QStringLiteral("—"), i.payee,
                                          i.line > 0 ? QString::number(i.line) : QString(), i.message});
        item->setData(0, Qt::UserRole, i.payeeKey);
        item->setToolTip(3, i.message);
    }
    m_issues->setVisible(!issues.isEmpty());
}

void T4APane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(error ? SemanticColors::of(this).textStyle(SemanticColors::Role::Error)
                                   : QString());
    m_message->setText(text);
}

void T4APane::setDataAsOf(const QString &text) {
    m_dataAsOf->setText(text);
    m_dataAsOf->setVisible(!text.isEmpty());
}

void T4APane::selectKey(const QString &key) {
    const int row = m_model->indexOfKey(key);
    if (row < 0)
        return;
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->scrollTo(i);
    }
}

} // namespace adesk
