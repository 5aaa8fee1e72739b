#include "views/partnerships/programeditor.h"

#include "models/common/basispoints.h"
#include "models/common/localizedname.h"
#include "ui_programtypepages.h"
#include "views/common/paneactions.h"
#include "views/common/pluralsuffix.h"
#include "views/common/semanticcolors.h"
#include "views/common/toolbarnames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace adesk {

namespace {

enum Field {
    FName = 1,
    FDescription,
    FType,
    FBay,
    FMember,
    FShares,
    FEligibility,
    FMax,
    FTerms,
    FNameFr,
    FDescriptionFr,
    FTermsFr
};

/// One edit of the form: the terms before and after. Consecutive edits of one field merge (typing
/// a name is one undo step).
class TermsEdit : public QUndoCommand {
public:
    TermsEdit(ProgramEditor *editor, ProgramTerms before, ProgramTerms after, int field, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field) {}
    void undo() override { m_editor->applyTerms(m_before); }
    void redo() override { m_editor->applyTerms(m_after); }
    int id() const override { return 4242; }
    bool mergeWith(const QUndoCommand *other) override {
        const auto *o = static_cast<const TermsEdit *>(other);
        if (o->m_field != m_field || m_field == FType || m_field == FEligibility)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    ProgramEditor *m_editor;
    ProgramTerms m_before;
    ProgramTerms m_after;
    int m_field;
};

QString fieldText(int f) {
    switch (f) {
    case FName:
        return ProgramEditor::tr("Edit name");
    case FDescription:
        return ProgramEditor::tr("Edit description");
    case FType:
        return ProgramEditor::tr("Change type");
    case FBay:
        return ProgramEditor::tr("Edit bay prices");
    case FMember:
        return ProgramEditor::tr("Edit membership");
    case FShares:
        return ProgramEditor::tr("Edit shares");
    case FEligibility:
        return ProgramEditor::tr("Edit eligibility");
    case FMax:
        return ProgramEditor::tr("Edit maximum partners");
    case FTerms:
        return ProgramEditor::tr("Edit terms");
    case FNameFr:
        return ProgramEditor::tr("Edit French name");
    case FDescriptionFr:
        return ProgramEditor::tr("Edit French description");
    case FTermsFr:
        return ProgramEditor::tr("Edit French terms");
    }
    return {};
}

QDoubleSpinBox *percentBox() {
    auto *b = new QDoubleSpinBox;
    b->setRange(0, 100);
    b->setDecimals(2);
    b->setSingleStep(1);
    b->setSuffix(QStringLiteral("\u00a0%"));
    return b;
}

int bpOf(const QDoubleSpinBox *b) {
    return int(qRound64(b->value() * 100.0));
}

} // namespace

ProgramEditor::ProgramEditor(QWidget *parent)
    : QWidget(parent)
    , m_typeForm(std::make_unique<Ui::ProgramEditor>())
    , m_undo(new QUndoStack(this)) {
    m_exampleTimer.setSingleShot(true);
    m_exampleTimer.setInterval(kExampleDelayMs);
    connect(&m_exampleTimer, &QTimer::timeout, this, &ProgramEditor::requestExample);
    build();
    m_program.terms = m_terms;
    applyTerms(m_terms);
    refresh();
}

ProgramEditor::~ProgramEditor() {
    m_undo->disconnect(this); // the stack outlives the form's widgets while QWidget tears down
}

void ProgramEditor::build() {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // As an HTML <h3> shows it: bold, 1.2 times the font, a 2-pixel margin; the status in the
    // regular weight, a space's width after the name.
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(2, 2, 2, 2);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_headerStatus = new QLabel;
    m_headerStatus->setObjectName(QStringLiteral("header_status"));
    m_headerStatus->setTextFormat(Qt::PlainText);
    m_headerStatus->setFont(headerFont);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    headerRow->setSpacing(QFontMetrics(headerFont).horizontalAdvance(u' '));
    headerRow->addWidget(m_header);
    headerRow->addWidget(m_headerStatus);
    headerRow->addStretch(1);
    outer->addLayout(headerRow);

    auto *split = new QSplitter(Qt::Horizontal);
    outer->addWidget(split, 1);

    auto *formHost = new QWidget;
    auto *form = new QVBoxLayout(formHost);

    m_form = form;
    auto *general = new QGroupBox(tr("Program"));
    m_generalBox = general;
    auto *gf = new QFormLayout(general);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Weekend bay rental"));
    gf->addRow(tr("&Name"), m_name);
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("description"));
    gf->addRow(tr("&Description"), m_description);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("program_type"));
    m_type->addItem(ProgramTerms::typeLabel(ProgramTerms::Type::BayRental),
                    int(ProgramTerms::Type::BayRental));
    m_type->addItem(ProgramTerms::typeLabel(ProgramTerms::Type::RevenueShare),
                    int(ProgramTerms::Type::RevenueShare));
    m_type->addItem(ProgramTerms::typeLabel(ProgramTerms::Type::Membership),
                    int(ProgramTerms::Type::Membership));
    gf->addRow(tr("&Type"), m_type);
    m_maxPartners = new QSpinBox;
    m_maxPartners->setObjectName(QStringLiteral("max_partners"));
    m_maxPartners->setRange(0, 10000);
    m_maxPartners->setSpecialValueText(tr("No limit"));
    gf->addRow(tr("Maximum &partners"), m_maxPartners);
    form->addWidget(general);

    // The three static pages, one per program type (ui/programtypepages.ui), one shown at a time.
    m_typePages = new QWidget;
    m_typeForm->setupUi(m_typePages);
    m_bayHour = m_typeForm->bay_rate_hour_cents;
    m_bayDay = m_typeForm->bay_rate_day_cents;
    m_bayMonth = m_typeForm->bay_rate_month_cents;
    m_memberFee = m_typeForm->membership_fee_cents;
    m_memberHours = m_typeForm->included_bay_hours;
    m_memberOverage = m_typeForm->overage_rate_hour_cents;
    showTypePage(ProgramTerms{}.type);
    form->addWidget(m_typePages);

    auto *shares = new QGroupBox(tr("Split of each job"));
    auto *sf = new QFormLayout(shares);
    m_platformFee = new QLabel;
    m_platformFee->setObjectName(QStringLiteral("platform_fee"));
    m_platformFee->setWordWrap(true); // the fee and where it comes from
    sf->addRow(tr("Platform fee"), m_platformFee);
    m_workshopShare = percentBox();
    m_workshopShare->setObjectName(QStringLiteral("workshop_share_bp"));
    m_mechanicShare = percentBox();
    m_mechanicShare->setObjectName(QStringLiteral("mechanic_share_bp"));
    sf->addRow(tr("&Workshop share"), m_workshopShare);
    sf->addRow(tr("M&echanic share"), m_mechanicShare);
    form->addWidget(shares);

    auto *elig = new QGroupBox(tr("Eligibility"));
    auto *ef = new QFormLayout(elig);
    m_minRating = new QDoubleSpinBox;
    m_minRating->setObjectName(QStringLiteral("min_rating_bp"));
    m_minRating->setRange(0, 5);
    m_minRating->setDecimals(1);
    m_minRating->setSingleStep(0.1);
    m_minRating->setSpecialValueText(tr("Any rating"));
    m_minRating->setSuffix(QStringLiteral(" ★"));
    ef->addRow(tr("Minimum &rating"), m_minRating);
    m_minYears = new QSpinBox;
    m_minYears->setObjectName(QStringLiteral("min_years_experience"));
    m_minYears->setRange(0, 70);
    setPluralSuffix(m_minYears, [](int n) { return tr(" year(s)", "spin box suffix after the number", n); });
    ef->addRow(tr("Minimum &experience"), m_minYears);
    auto *certBox = new QWidget;
    auto *cl = new QVBoxLayout(certBox);
    cl->setContentsMargins(0, 0, 0, 0);
    for (const QString &c : ProgramTerms::certificationCodes()) {
        auto *cb = new QCheckBox(ProgramTerms::certificationLabel(c));
        cb->setProperty("code", c);
        cl->addWidget(cb);
        m_certs << cb;
    }
    ef->addRow(tr("Required"), certBox);
    auto *tierBox = new QWidget;
    auto *tl = new QHBoxLayout(tierBox);
    tl->setContentsMargins(0, 0, 0, 0);
    for (const QString &t : ProgramTerms::tierCodes()) {
        auto *cb = new QCheckBox(ProgramTerms::tierLabel(t));
        cb->setProperty("code", t);
        tl->addWidget(cb);
        m_tiers << cb;
    }
    ef->addRow(tr("Service tiers (none = any)"), tierBox);
    form->addWidget(elig);

    // A rich-text terms editor with its toolbar (bold, italic, bullet list) in @p box.
    auto termsEditor = [this](QWidget *box, QVBoxLayout *tv, const QString &key) {
        auto *bar = new QToolBar;
        nameToolBarOverflow(bar);
        auto *edit = new QTextEdit;
        edit->setObjectName(key);
        edit->setUndoRedoEnabled(false); // the editor's QUndoStack records every edit
        edit->setMinimumHeight(120);
        QAction *bold = bar->addAction(tr("Bold"));
        bold->setShortcut(QKeySequence::Bold);
        bold->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(bold, &QAction::triggered, this, [edit] {
            edit->setFontWeight(edit->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
        });
        QAction *italic = bar->addAction(tr("Italic"));
        italic->setShortcut(QKeySequence::Italic);
        italic->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(italic, &QAction::triggered, this, [edit] { edit->setFontItalic(!edit->fontItalic()); });
        QAction *list = bar->addAction(tr("Bullet list"));
        connect(list, &QAction::triggered, this, [edit] {
            QTextCursor c = edit->textCursor();
            if (c.currentList())
                c.currentList()->remove(c.block());
            else
                c.createList(QTextListFormat::ListDisc);
        });
        box->addAction(bold);
        box->addAction(italic);
        tv->addWidget(bar);
        tv->addWidget(edit);
        return edit;
    };
    auto *termsBox = new QGroupBox(tr("Terms"));
    m_termsBox = termsBox;
    m_termsEdit = termsEditor(termsBox, new QVBoxLayout(termsBox), QStringLiteral("terms_html"));
    form->addWidget(termsBox);

    // The program's French texts (the French agreement's): first for a Quebec workshop, whose program
    // is not offered without them (setProgram orders the boxes).
    m_frenchBox = new QGroupBox(tr("In French"));
    auto *frv = new QVBoxLayout(m_frenchBox);
    auto *frf = new QFormLayout;
    m_nameFr = new QLineEdit;
    m_nameFr->setObjectName(QStringLiteral("name_fr"));
    frf->addRow(tr("French name"), m_nameFr);
    m_descriptionFr = new QLineEdit;
    m_descriptionFr->setObjectName(QStringLiteral("description_fr"));
    frf->addRow(tr("French description"), m_descriptionFr);
    frv->addLayout(frf);
    frv->addWidget(new QLabel(tr("French terms")));
    m_termsEditFr = termsEditor(m_frenchBox, frv, QStringLiteral("terms_html_fr"));
    form->addWidget(m_frenchBox);
    form->addStretch(1);

    // A row whose label and field do not fit side by side puts the field under its label, so the
    // form fits its part of a 1366-pixel window in French without a horizontal scroll bar.
    for (QFormLayout *fl : formHost->findChildren<QFormLayout *>())
        fl->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(formHost);
    split->addWidget(scroll);

    auto *right = new QWidget;
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_issues = new QLabel;
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);
    rv->addWidget(m_issues);
    auto *previewTitle = new QLabel(tr("Preview: the program card as mechanics see it"));
    previewTitle->setTextFormat(Qt::PlainText);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    rv->addWidget(previewTitle);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("preview"));
    rv->addWidget(m_preview, 1);
    m_versions = new QLabel;
    m_versions->setWordWrap(true);
    rv->addWidget(m_versions);
    auto *dateRow = new QHBoxLayout;
    m_effectiveLabel = new QLabel(tr("New version from"));
    m_effectiveFrom = new QDateEdit(QDate::currentDate().addDays(1));
    m_effectiveFrom->setObjectName(QStringLiteral("effective_from"));
    m_effectiveFrom->setCalendarPopup(true);
    m_effectiveFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_effectiveLabel->setBuddy(m_effectiveFrom);
    dateRow->addWidget(m_effectiveLabel);
    dateRow->addWidget(m_effectiveFrom);
    dateRow->addStretch(1);
    rv->addLayout(dateRow);
    // Undo and redo share the date's row; the four program actions sit in two rows of two below it.
    // One row of them ("Enregistrer comme nouvelle version", "Mettre en pause", "Fermer le
    // programme") made the preview side 570 pixels wide in French, and the form beside it scrolled
    // sideways on a 1366-pixel screen (tst_screenfit checks that no form scrolls sideways).
    auto *undo = new QPushButton(tr("Undo"));
    auto *redo = new QPushButton(tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_publish = new QPushButton(tr("P&ublish"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_pause = new QPushButton(tr("Pa&use"));
    m_close = new QPushButton(tr("C&lose program"));
    dateRow->addWidget(undo);
    dateRow->addWidget(redo);
    auto *buttons = new QGridLayout;
    buttons->setColumnStretch(0, 1); // the actions keep to the right
    buttons->addWidget(m_save, 0, 1);
    buttons->addWidget(m_publish, 0, 2);
    buttons->addWidget(m_pause, 1, 1);
    buttons->addWidget(m_close, 1, 2);
    rv->addLayout(buttons);
    PaneActions::buttons(this, {undo, redo, m_save, m_publish, m_pause, m_close});
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // proportions: the form gets the larger part

    // Every edit goes through edited(field) → one undo command.
    connect(m_name, &QLineEdit::textEdited, this, [this] { edited(FName); });
    connect(m_description, &QLineEdit::textEdited, this, [this] { edited(FDescription); });
    connect(m_type, &QComboBox::activated, this, [this] { edited(FType); });
    for (QLineEdit *e : {m_bayHour, m_bayDay, m_bayMonth})
        connect(e, &QLineEdit::textEdited, this, [this] { edited(FBay); });
    for (QLineEdit *e : {m_memberFee, m_memberOverage})
        connect(e, &QLineEdit::textEdited, this, [this] { edited(FMember); });
    connect(m_memberHours, &QSpinBox::valueChanged, this, [this] { edited(FMember); });
    for (QDoubleSpinBox *b : {m_workshopShare, m_mechanicShare})
        connect(b, &QDoubleSpinBox::valueChanged, this, [this] { edited(FShares); });
    connect(m_minRating, &QDoubleSpinBox::valueChanged, this, [this] { edited(FEligibility); });
    connect(m_minYears, &QSpinBox::valueChanged, this, [this] { edited(FEligibility); });
    for (QCheckBox *cb : m_certs + m_tiers)
        connect(cb, &QCheckBox::toggled, this, [this] { edited(FEligibility); });
    connect(m_maxPartners, &QSpinBox::valueChanged, this, [this] { edited(FMax); });
    connect(m_termsEdit, &QTextEdit::textChanged, this, [this] { edited(FTerms); });
    connect(m_nameFr, &QLineEdit::textEdited, this, [this] { edited(FNameFr); });
    connect(m_descriptionFr, &QLineEdit::textEdited, this, [this] { edited(FDescriptionFr); });
    connect(m_termsEditFr, &QTextEdit::textChanged, this, [this] { edited(FTermsFr); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { refresh(); });
    // The new version's date decides the platform fee it freezes.
    connect(m_effectiveFrom, &QDateEdit::dateChanged, this, &ProgramEditor::scheduleExample);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_save->isEnabled())
            return;
        const bool published = m_program.id > 0 && m_program.status != ProgramTerms::Status::Draft;
        emit saveRequested(m_program.id, m_program.rowVersion, m_terms,
                           published ? m_effectiveFrom->date() : QDate());
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        emit statusRequested(m_program.id, m_program.rowVersion,
                             m_program.status == ProgramTerms::Status::Paused ? ProgramAction::Resume
                                                                              : ProgramAction::Publish,
                             QDate());
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        emit statusRequested(m_program.id, m_program.rowVersion, ProgramAction::Pause, QDate());
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        emit statusRequested(m_program.id, m_program.rowVersion, ProgramAction::Close, QDate());
    });
}

void ProgramEditor::showTypePage(ProgramTerms::Type type) {
    QLayout *pages = m_typePages->layout();
    // Hide the others first: the box never holds two pages at once, even for a layout pass.
    for (int i = 0; i < pages->count(); ++i)
        if (i != int(type))
            pages->itemAt(i)->widget()->hide();
    pages->itemAt(int(type))->widget()->show();
}

void ProgramEditor::setMoney(QLineEdit *edit, qint64 cents) {
    const QString text = cents > 0 ? Money::fromCents(cents).toString() : QString();
    // Keep what the person typed when it means the same amount.
    if (moneyOf(edit) != (cents > 0 ? cents : 0) || (cents <= 0 && !edit->text().isEmpty()))
        edit->setText(text);
}

qint64 ProgramEditor::moneyOf(const QLineEdit *edit) {
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return 0;
    const std::optional<Money> m = Money::parse(t, QLocale());
    return m ? m->cents() : -1; // -1: not an amount (validation reports it)
}

ProgramTerms ProgramEditor::readForm() const {
    ProgramTerms t = m_terms;
    t.name = m_name->text();
    t.description = m_description->text();
    t.type = ProgramTerms::Type(m_type->currentData().toInt());
    t.maxPartners = m_maxPartners->value();
    t.bayRateHourCents = moneyOf(m_bayHour);
    t.bayRateDayCents = moneyOf(m_bayDay);
    t.bayRateMonthCents = moneyOf(m_bayMonth);
    t.membershipFeeCents = moneyOf(m_memberFee);
    t.includedBayHours = m_memberHours->value();
    t.overageRateHourCents = moneyOf(m_memberOverage);
    t.workshopShareBp = bpOf(m_workshopShare);
    t.mechanicShareBp = bpOf(m_mechanicShare);
    t.minRatingBp = int(qRound64(m_minRating->value() * 10000.0));
    t.minYearsExperience = m_minYears->value();
    t.requiredCertifications.clear();
    for (QCheckBox *cb : m_certs)
        if (cb->isChecked())
            t.requiredCertifications << cb->property("code").toString();
    t.eligibleServiceTiers.clear();
    for (QCheckBox *cb : m_tiers)
        if (cb->isChecked())
            t.eligibleServiceTiers << cb->property("code").toString();
    t.termsHtml = m_termsEdit->document()->isEmpty() ? QString() : m_termsEdit->toHtml();
    t.nameFr = m_nameFr->text();
    t.descriptionFr = m_descriptionFr->text();
    t.termsHtmlFr = m_termsEditFr->document()->isEmpty() ? QString() : m_termsEditFr->toHtml();
    return t;
}

void ProgramEditor::edited(int fieldId) {
    if (m_applying || m_readOnly || m_formLocked)
        return;
    ProgramTerms next = readForm();
    if (fieldId == FType && next.type != m_terms.type && next.type == ProgramTerms::Type::BayRental) {
        // A bay rental leaves the job revenue with the mechanic.
        next.workshopShareBp = 0;
        next.mechanicShareBp = 10000 - next.platformFeeBp;
    }
    if (next == m_terms)
        return;
    m_undo->push(new TermsEdit(this, m_terms, next, fieldId, fieldText(fieldId)));
}

void ProgramEditor::applyTerms(const ProgramTerms &t) {
    const bool was = m_applying;
    m_applying = true;
    m_terms = t;
    if (m_feeKnown) // the fee is the database's, not part of the owner's edits (nor of undo)
        m_terms.platformFeeBp = m_example.fee.feeBp;
    // A text set here (a program opened, an undo) shows its start when longer than its field, as a
    // form opened does, unless the person is typing in it (QLineEdit::setText puts the cursor last).
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        edit->setText(text);
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    };
    setLine(m_name, t.name);
    setLine(m_description, t.description);
    m_type->setCurrentIndex(m_type->findData(int(t.type)));
    showTypePage(t.type);
    m_maxPartners->setValue(t.maxPartners);
    if (moneyOf(m_bayHour) != t.bayRateHourCents)
        setMoney(m_bayHour, t.bayRateHourCents);
    if (moneyOf(m_bayDay) != t.bayRateDayCents)
        setMoney(m_bayDay, t.bayRateDayCents);
    if (moneyOf(m_bayMonth) != t.bayRateMonthCents)
        setMoney(m_bayMonth, t.bayRateMonthCents);
    if (moneyOf(m_memberFee) != t.membershipFeeCents)
        setMoney(m_memberFee, t.membershipFeeCents);
    if (moneyOf(m_memberOverage) != t.overageRateHourCents)
        setMoney(m_memberOverage, t.overageRateHourCents);
    m_memberHours->setValue(t.includedBayHours);
    if (bpOf(m_workshopShare) != t.workshopShareBp)
        m_workshopShare->setValue(t.workshopShareBp / 100.0);
    if (bpOf(m_mechanicShare) != t.mechanicShareBp)
        m_mechanicShare->setValue(t.mechanicShareBp / 100.0);
    m_minRating->setValue(t.minRatingBp / 10000.0);
    m_minYears->setValue(t.minYearsExperience);
    for (QCheckBox *cb : m_certs)
        cb->setChecked(t.requiredCertifications.contains(cb->property("code").toString()));
    for (QCheckBox *cb : m_tiers)
        cb->setChecked(t.eligibleServiceTiers.contains(cb->property("code").toString()));
    const QString current = m_termsEdit->document()->isEmpty() ? QString() : m_termsEdit->toHtml();
    if (current != t.termsHtml)
        m_termsEdit->setHtml(t.termsHtml);
    setLine(m_nameFr, t.nameFr);
    setLine(m_descriptionFr, t.descriptionFr);
    const QString currentFr = m_termsEditFr->document()->isEmpty() ? QString() : m_termsEditFr->toHtml();
    if (currentFr != t.termsHtmlFr)
        m_termsEditFr->setHtml(t.termsHtmlFr);
    m_platformFee->setText(feeText());
    m_applying = was;
    refresh();
    emit termsChanged();
    scheduleExample();
}

QList<ProgramTerms::Issue> ProgramEditor::issues() const {
    QList<ProgramTerms::Issue> out = m_terms.validate();
    const QList<QPair<QLineEdit *, QString>> money = {
        {m_bayHour, QStringLiteral("bay_rate_hour_cents")},
        {m_bayDay, QStringLiteral("bay_rate_day_cents")},
        {m_bayMonth, QStringLiteral("bay_rate_month_cents")},
        {m_memberFee, QStringLiteral("membership_fee_cents")},
        {m_memberOverage, QStringLiteral("overage_rate_hour_cents")}};
    for (const auto &[edit, key] : money)
        if (edit->isVisibleTo(this) && moneyOf(edit) < 0)
            out.prepend({key, tr("\"%1\" is not an amount.").arg(edit->text())});
    // A Quebec workshop's program on offer keeps its French texts (desk.require_program_french).
    const auto st = m_program.status;
    if (frenchMissing() && (st == ProgramTerms::Status::Published || st == ProgramTerms::Status::Paused))
        out.append({QStringLiteral("name_fr"), frenchMissingText()});
    return out;
}

bool ProgramEditor::frenchMissing() const {
    if (!isQuebec())
        return false;
    QTextDocument terms;
    terms.setHtml(m_terms.termsHtmlFr);
    return m_terms.nameFr.trimmed().isEmpty() || terms.toPlainText().trimmed().isEmpty();
}

QString ProgramEditor::frenchMissingText() {
    return tr("A Quebec workshop's program needs its French name and French terms before it is offered.");
}

bool ProgramEditor::isDirty() const {
    if (m_program.id == 0)
        return true;
    // The platform fee is the database's (the workshop's on the version's date), not an edit.
    ProgramTerms saved = m_saved;
    saved.platformFeeBp = m_terms.platformFeeBp;
    return !(m_terms == saved);
}

QString ProgramEditor::unsavedEditsDescription() const {
    if (m_readOnly || m_formLocked || m_undo->isClean() || !isDirty())
        return {};
    const QString name = localizedName(m_terms.name, m_terms.nameFr).trimmed();
    return name.isEmpty() ? tr("A new partnership program") : tr("The partnership program “%1”").arg(name);
}

bool ProgramEditor::saveUnsavedEdits() {
    if (!m_save->isEnabled())
        return false;
    m_save->click();
    return true;
}

QWidget *ProgramEditor::field(const QString &key) const {
    return findChild<QWidget *>(key);
}

void ProgramEditor::setProgram(const ProgramDetail &program) {
    m_program = program;
    // French first for a Quebec workshop: its texts before the English ones.
    m_form->removeWidget(m_frenchBox);
    m_form->insertWidget(isQuebec() ? m_form->indexOf(m_generalBox) : m_form->indexOf(m_termsBox) + 1,
                         m_frenchBox);
    const bool wasReadOnly = m_readOnly;
    if (m_formLocked != (program.status == ProgramTerms::Status::Closed)) {
        m_formLocked = program.status == ProgramTerms::Status::Closed;
        setReadOnly(wasReadOnly);
    }
    m_saved = program.terms;
    m_undo->clear();
    // Another program (or the same one reloaded): its worked example is asked for afresh.
    m_feeKnown = false;
    m_example = {};
    m_exampleError.clear();
    m_requestedWorkshop = -1;
    applyTerms(program.terms);
    m_undo->setClean();
    QStringList versions;
    for (const ProgramVersionInfo &v : program.versions)
        versions << (v.published
                         ? tr("v%1 from %2").arg(v.versionNo).arg(v.effectiveFrom.toString(Qt::ISODate))
                         : tr("v%1 (draft)").arg(v.versionNo));
    m_versions->setText(versions.isEmpty() ? QString()
                                           : tr("Versions: %1").arg(versions.join(QStringLiteral(", "))));
    if (program.status != ProgramTerms::Status::Draft) {
        QDate next = QDate::currentDate().addDays(1);
        for (const ProgramVersionInfo &v : program.versions)
            if (v.effectiveFrom >= next)
                next = v.effectiveFrom.addDays(1);
        m_effectiveFrom->setDate(next);
    }
    refresh();
}

void ProgramEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    const bool locked = readOnly || m_formLocked; // admins, or a closed program
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w == m_effectiveFrom)
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w))
            w->setEnabled(!locked);
    }
    m_termsEdit->setReadOnly(locked);
    m_termsEditFr->setReadOnly(locked);
    refresh();
}

void ProgramEditor::setBusy(bool busy) {
    m_busy = busy;
    refresh();
}

void ProgramEditor::refresh() {
    const QList<ProgramTerms::Issue> problems = issues();
    QStringList lines;
    QSet<QString> bad;
    for (const ProgramTerms::Issue &i : problems) {
        lines << QStringLiteral("• ") + i.message;
        bad.insert(i.field);
    }
    const SemanticColors colors = SemanticColors::of(this);
    using Role = SemanticColors::Role;
    const bool closed = m_program.status == ProgramTerms::Status::Closed;
    if (!lines.isEmpty()) {
        m_issues->setText(lines.join(u'\n'));
        colors.colorText(m_issues, Role::Error);
    } else if (closed) {
        m_issues->setText(tr("This program is closed; its terms no longer change."));
        SemanticColors::uncolorText(m_issues);
    } else {
        m_issues->setText(frenchMissing() ? frenchMissingText()
                          : isDirty()     ? tr("Ready to save.")
                                          : tr("Saved."));
        colors.colorText(m_issues, frenchMissing() ? Role::Warning : Role::Ok);
    }
    const QString badField = QStringLiteral("border: 1px solid %1;").arg(colors.text(Role::Error).name());
    if (bad != m_badShown || badField != m_badStyleShown) {
        for (const QString &key :
             {QStringLiteral("name"), QStringLiteral("bay_rate_hour_cents"),
              QStringLiteral("bay_rate_day_cents"), QStringLiteral("bay_rate_month_cents"),
              QStringLiteral("membership_fee_cents"), QStringLiteral("included_bay_hours"),
              QStringLiteral("overage_rate_hour_cents"), QStringLiteral("workshop_share_bp"),
              QStringLiteral("mechanic_share_bp"), QStringLiteral("min_rating_bp"),
              QStringLiteral("max_partners"), QStringLiteral("name_fr")}) {
            const QString shown = m_badShown.contains(key) ? m_badStyleShown : QString();
            const QString wanted = bad.contains(key) ? badField : QString();
            if (shown == wanted)
                continue;
            if (QWidget *w = field(key))
                w->setStyleSheet(wanted);
        }
        m_badShown = bad;
        m_badStyleShown = badField;
    }
    const QString preview = previewHtml();
    if (preview != m_previewShown) {
        m_previewShown = preview;
        m_preview->setHtml(preview);
    }

    const auto st = m_program.status;
    const bool exists = m_program.id > 0;
    const bool published =
        exists && (st == ProgramTerms::Status::Published || st == ProgramTerms::Status::Paused);
    m_effectiveLabel->setVisible(published);
    m_effectiveFrom->setVisible(published);
    m_effectiveFrom->setEnabled(!m_readOnly);
    m_save->setText(published ? tr("&Save as new version") : tr("&Save"));
    m_save->setEnabled(!m_readOnly && !m_busy && problems.isEmpty() && isDirty() &&
                       st != ProgramTerms::Status::Closed);
    m_publish->setText(st == ProgramTerms::Status::Paused ? tr("Res&ume") : tr("P&ublish"));
    m_publish->setEnabled(!m_readOnly && !m_busy && exists && !isDirty() && !frenchMissing() &&
                          (st == ProgramTerms::Status::Draft || st == ProgramTerms::Status::Paused));
    m_pause->setEnabled(!m_readOnly && !m_busy && st == ProgramTerms::Status::Published);
    m_close->setEnabled(!m_readOnly && !m_busy && exists && st != ProgramTerms::Status::Closed);

    m_header->setText(m_program.id > 0 ? localizedName(m_terms.name, m_terms.nameFr) : tr("New program"));
    m_headerStatus->setText(QStringLiteral("· %1%2").arg(
        ProgramTerms::statusLabel(st),
        m_program.versionNo > 0 ? tr(" · version %1").arg(m_program.versionNo) : QString()));
    colors.colorText(m_headerStatus, Role::Muted);
}

QString ProgramEditor::previewHtml() const {
    return cardHtml(m_terms, m_program.workshopName, m_preview->palette(), m_example, m_exampleError);
}

QDate ProgramEditor::exampleDate() const {
    const auto st = m_program.status;
    if (m_program.id == 0 || st == ProgramTerms::Status::Draft)
        return {}; // a draft is published from today (its version's fee is set then)
    if (isDirty() && !m_readOnly && !m_formLocked)
        return m_effectiveFrom->date(); // "Save as new version" from that date
    // The version shown (the latest): its own date, whose fee it froze.
    const ProgramVersionInfo *shown = nullptr;
    for (const ProgramVersionInfo &v : m_program.versions)
        if (!shown || v.versionNo > shown->versionNo)
            shown = &v;
    return shown ? shown->effectiveFrom : QDate();
}

bool ProgramEditor::isWorkedExamplePending() const {
    return m_exampleTimer.isActive() || m_shownSerial != m_requestSerial;
}

void ProgramEditor::scheduleExample() {
    m_exampleTimer.start(); // restarted by each edit: one request once the edits pause
}

void ProgramEditor::requestExample() {
    // Only the type, the shares, the workshop and the date change the database's answer.
    ProgramTerms key;
    key.type = m_terms.type;
    key.workshopShareBp = m_terms.workshopShareBp;
    key.mechanicShareBp = m_terms.mechanicShareBp;
    const QDate on = exampleDate();
    if (m_requestedWorkshop == m_program.workshopId && key == m_requestedTerms && on == m_requestedDate)
        return;
    m_requestedTerms = key;
    m_requestedDate = on;
    m_requestedWorkshop = m_program.workshopId;
    emit workedExampleRequested(++m_requestSerial, m_program.workshopId, on, m_terms);
}

void ProgramEditor::showWorkedExample(quint64 request, const ProgramExample &example) {
    if (request != m_requestSerial)
        return; // an answer to terms edited since
    m_shownSerial = request;
    m_example = example;
    m_exampleError.clear();
    m_feeKnown = true;
    if (m_terms.platformFeeBp != example.fee.feeBp) {
        m_terms.platformFeeBp = example.fee.feeBp;
        emit termsChanged();
    }
    m_platformFee->setText(feeText());
    refresh();
}

void ProgramEditor::showWorkedExampleError(quint64 request, const QString &message) {
    if (request != m_requestSerial)
        return;
    m_shownSerial = request;
    m_exampleError = message;
    refresh();
}

QString ProgramEditor::feeText() const {
    const QString pct = BasisPoints(m_terms.platformFeeBp).toString();
    if (!m_feeKnown)
        return pct;
    SplitLine fee;
    fee.entryType = EntryType::PlatformFee;
    return QStringLiteral("%1 — %2").arg(pct, sourceText(fee, m_example));
}

QString ProgramEditor::sourceText(const SplitLine &line, const ProgramExample &example) {
    if (line.entryType == EntryType::PlatformFee && example.on.isValid()) {
        const QString date = example.on.toString(Qt::ISODate);
        const WorkshopFee &fee = example.fee;
        return fee.ruleName.isEmpty() ? tr("the workshop's platform fee in force on %1").arg(date)
                                      : tr("the workshop's platform fee in force on %1 (rule “%2”)")
                                            .arg(date, localizedName(fee.ruleName, fee.ruleNameFr));
    }
    if (line.basis == SplitBasis::Agreement)
        return tr("program terms, frozen in each agreement");
    return line.source;
}

QString ProgramEditor::cardHtml(const ProgramTerms &t, const QString &workshopName, const QPalette &palette,
                                const ProgramExample &example, const QString &exampleError) {
    // Colours from the preview's palette: the card is read on its Base, light or dark.
    const SemanticColors colors(palette);
    using Role = SemanticColors::Role;
    auto money = [](qint64 c) { return Money::fromCents(c).toString().toHtmlEscaped(); };
    QString h = QStringLiteral("<div style='font-family:\"DejaVu Sans\"'>");
    h += QStringLiteral("<p style='margin:0'><span style='background:%2;color:%3'>&nbsp;%1&nbsp;</span></p>")
             .arg(ProgramTerms::typeLabel(t.type).toHtmlEscaped(), colors.fill(Role::Info).name(),
                  colors.textOnFill(Role::Info).name());
    h += QStringLiteral("<h2 style='margin:4px 0'>%1</h2>")
             .arg(t.name.trimmed().isEmpty() ? tr("Untitled program")
                                             : localizedName(t.name, t.nameFr).toHtmlEscaped());
    if (!workshopName.isEmpty())
        h += QStringLiteral("<p style='color:%2;margin:0'>%1</p>")
                 .arg(workshopName.toHtmlEscaped(), colors.text(Role::Muted).name());
    if (const QString description = localizedName(t.description, t.descriptionFr); !description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped());
    QStringList price;
    if (t.type == ProgramTerms::Type::BayRental) {
        if (t.bayRateHourCents > 0)
            price << tr("%1 per hour").arg(money(t.bayRateHourCents));
        if (t.bayRateDayCents > 0)
            price << tr("%1 per day").arg(money(t.bayRateDayCents));
        if (t.bayRateMonthCents > 0)
            price << tr("%1 per month").arg(money(t.bayRateMonthCents));
        price << tr("you keep your job revenue after the platform fee");
    } else if (t.type == ProgramTerms::Type::Membership) {
        price << tr("%1 a month, %2 bay-hours included, then %3 per hour")
                     .arg(money(qMax<qint64>(0, t.membershipFeeCents)))
                     .arg(t.includedBayHours)
                     .arg(money(qMax<qint64>(0, t.overageRateHourCents)));
    }
    price << tr("Workshop %1 · You %2 · Platform %3")
                 .arg(BasisPoints(t.workshopShareBp).toString(), BasisPoints(t.mechanicShareBp).toString(),
                      BasisPoints(t.platformFeeBp).toString());
    h += QStringLiteral("<p><b>%1</b></p>").arg(price.join(QStringLiteral("<br>")));
    if (!t.validate().isEmpty()) {
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("The worked example appears once the terms are valid."),
                      colors.text(Role::Error).name());
    } else if (!exampleError.isEmpty()) {
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("No worked example: %1").arg(exampleError).toHtmlEscaped(),
                      colors.text(Role::Error).name());
    } else if (example.split.isEmpty()) {
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("Working out the worked example…"), colors.text(Role::Muted).name());
    } else {
        // The database's split (desk.calculate_revenue_split), each part with where it comes from, on
        // a tint of the palette's Base in the palette's text colour; the sources in the muted colour.
        const SplitExample &ex = example.split;
        // Muted, yet readable on the table's tint.
        const QString muted =
            SemanticColors::readable(colors.text(Role::Muted), {colors.background(Role::Info)}).name();
        auto part = [&](const QString &label, const SplitLine *line, bool bold) {
            if (!line)
                return QString();
            const QString amount = money(line->amountCents);
            return QStringLiteral("<tr><td>%1<br><span style='color:%4;font-size:small'>%3</span></td>"
                                  "<td align='right' valign='top'>%2</td></tr>")
                .arg(label.toHtmlEscaped(), bold ? QStringLiteral("<b>%1</b>").arg(amount) : amount,
                     QStringLiteral("%1 — %2")
                         .arg(BasisPoints(line->shareBp).toString(), sourceText(*line, example))
                         .toHtmlEscaped(),
                     muted);
        };
        h += QStringLiteral("<table style='background:%2;color:%3' cellpadding='4' width='100%'>"
                            "<tr><td colspan='2'><b>%1</b></td></tr>")
                 .arg(tr("On a %1 job").arg(money(ex.grossCents)), colors.background(Role::Info).name(),
                      palette.color(QPalette::Text).name());
        h += part(tr("You earn"), ex.line(Party::Mechanic), true);
        h += part(tr("The workshop earns"), ex.line(Party::Workshop), false);
        h += part(tr("Platform fee"), ex.line(Party::Platform), false);
        if (t.type == ProgramTerms::Type::BayRental && t.bayRateHourCents > 0) {
            // The bay is billed monthly from the bookings: hours × the hourly rate, at most the day
            // rate for a day (desk.run_partnership_charges).
            constexpr int hours = 4;
            qint64 bay = t.bayRateHourCents * hours;
            if (t.bayRateDayCents > 0)
                bay = qMin(bay, t.bayRateDayCents);
            h += QStringLiteral("<tr><td>%1<br><span style='color:%4;font-size:small'>%3</span></td>"
                                "<td align='right' valign='top'>−%2</td></tr>")
                     .arg(tr("Bay rental, %n hour(s)", nullptr, hours).toHtmlEscaped(), money(bay),
                          tr("program terms: %1 per hour, billed each month from your bookings")
                              .arg(Money::fromCents(t.bayRateHourCents).toString())
                              .toHtmlEscaped(),
                          muted);
        }
        h += QStringLiteral("</table>");
    }
    QStringList elig;
    if (t.minRatingBp > 0)
        elig << tr("rating %1 ★ or more").arg(ProgramTerms::ratingText(t.minRatingBp));
    if (t.minYearsExperience > 0)
        elig << tr("%n year(s) of experience", nullptr, t.minYearsExperience);
    for (const QString &c : t.requiredCertifications)
        elig << ProgramTerms::certificationLabel(c);
    if (!t.eligibleServiceTiers.isEmpty()) {
        QStringList tiers;
        for (const QString &s : t.eligibleServiceTiers)
            tiers << ProgramTerms::tierLabel(s);
        elig << tiers.join(tr(" or "));
    }
    if (t.maxPartners > 0)
        elig << tr("at most %n partner(s)", nullptr, t.maxPartners);
    h += QStringLiteral("<p><b>%1</b> %2</p>")
             .arg(tr("Who can apply:"), elig.isEmpty() ? tr("any compliant mechanic")
                                                       : elig.join(QStringLiteral(", ")).toHtmlEscaped());
    h += QStringLiteral("</div>");
    return h;
}

} // namespace adesk
