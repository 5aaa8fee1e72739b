#pragma once

#include "models/partnerships/partnershiptypes.h"
#include "views/common/unsavededits.h"

#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTextEdit;
class QUndoStack;
class QVBoxLayout;

namespace adesk {

namespace Ui {
class ProgramEditor; ///< the three static pages of the program types (ui/programtypepages.ui)
}

/// The partnership program editor: a form per program type (bay rental prices; revenue shares;
/// membership fee, included bay-hours and overage rate), eligibility, maximum partners, a rich-text
/// terms editor, validation as you type (the same rules as the database: shares add up to 100 % of
/// what remains after the platform fee, prices positive, a membership's included hours), undo and
/// redo of every edit (QUndoStack), and a live preview of the program card as a mechanic sees it
/// with the worked example on a $500 job. The worked example comes from the database: a pause after
/// the last edit, the editor emits workedExampleRequested with the unsaved terms and the version's
/// date; the controller answers through showWorkedExample (the workshop's platform fee on that date,
/// which the database freezes into the version, and desk.calculate_revenue_split of the terms), and
/// each part is shown with where its number comes from. It never writes: it emits saveRequested /
/// statusRequested.
class ProgramEditor : public QWidget, public UnsavedEdits {
    Q_OBJECT
public:
    explicit ProgramEditor(QWidget *parent = nullptr);
    ~ProgramEditor() override;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    const ProgramDetail &program() const { return m_program; }
    const ProgramTerms &terms() const { return m_terms; }
    /// Issues of the current terms (empty = valid).
    QList<ProgramTerms::Issue> issues() const;
    bool isDirty() const;
    /// UnsavedEdits: the program's name when it was edited since it was loaded or saved.
    QString unsavedEditsDescription() const override;
    /// UnsavedEdits: clicks Save when the terms are valid.
    bool saveUnsavedEdits() override;
    QUndoStack *undoStack() const { return m_undo; }
    /// The card HTML the preview shows (what a mechanic sees), coloured for @p palette.
    /// With @p example the database's worked example of @p terms (none yet: a note says it is on its
    /// way; @p exampleError: why there is none).
    static QString cardHtml(const ProgramTerms &terms, const QString &workshopName, const QPalette &palette,
                            const ProgramExample &example = {}, const QString &exampleError = {});
    QString previewHtml() const;
    /// Where a part of the worked example comes from, as the card says it ("the workshop's platform
    /// fee in force on 2026-03-02 (rule “Workshop session platform fee”)", "program terms, frozen in each
    /// agreement").
    static QString sourceText(const SplitLine &line, const ProgramExample &example);

    /// The worked example shown (empty until the database's first answer).
    const ProgramExample &workedExample() const { return m_example; }
    /// Why the shown worked example is missing (empty when there is none to tell).
    QString workedExampleError() const { return m_exampleError; }
    /// True from an edit until the database's worked example of the edited terms is shown.
    bool isWorkedExamplePending() const;
    /// The date whose platform fee the terms take: the new version's date for a published program
    /// being edited, the shown version's otherwise; null for a draft (published from today).
    QDate exampleDate() const;
    /// The pause after the last edit before the worked example is asked for.
    static constexpr int kExampleDelayMs = 250;

    /// The program is a Quebec workshop's: its French texts come first and are required to offer it.
    bool isQuebec() const { return m_program.workshopProvince == u"QC"; }
    /// A Quebec workshop's program without its French name or French terms (it cannot be offered).
    bool frenchMissing() const;
    static QString frenchMissingText();
    /// The widgets, named for tests (objectName is the terms key).
    QWidget *field(const QString &key) const;

    /// Applies @p terms to the form without recording an undo step (undo/redo use it).
    void applyTerms(const ProgramTerms &terms);

public slots:
    /// Shows @p program (id 0: a new draft of @p program.workshopId). Clears undo history.
    void setProgram(const adesk::ProgramDetail &program);
    /// Marks a save/status change as started or finished (disables / re-enables the buttons).
    void setBusy(bool busy);
    /// The database's answer to workedExampleRequested(@p request, …); older answers are dropped.
    /// The terms take the fee it found (the owner fits the shares to it).
    void showWorkedExample(quint64 request, const adesk::ProgramExample &example);
    /// Why the worked example of request @p request could not be computed.
    void showWorkedExampleError(quint64 request, const QString &message);

signals:
    void saveRequested(qint64 programId, int rowVersion, const adesk::ProgramTerms &terms,
                       const QDate &effectiveFrom);
    void statusRequested(qint64 programId, int rowVersion, adesk::ProgramAction action,
                         const QDate &effectiveFrom);
    void termsChanged();
    /// The worked example of @p terms on a $500 job is wanted, with @p workshopId's platform fee on
    /// @p on (null: the platform's today). Emitted once edits pause (kExampleDelayMs).
    void workedExampleRequested(quint64 request, qint64 workshopId, const QDate &on,
                                const adesk::ProgramTerms &terms);

private:
    void build();
    ProgramTerms readForm() const;
    void edited(int fieldId);
    void refresh();
    /// Shows the page of ui/programtypepages.ui for @p type (pages in ProgramTerms::Type's order)
    /// and hides the others: the box is as tall as that page.
    void showTypePage(ProgramTerms::Type type);
    void setMoney(QLineEdit *edit, qint64 cents);
    static qint64 moneyOf(const QLineEdit *edit);
    void scheduleExample();
    void requestExample();
    QString feeText() const;

    std::unique_ptr<Ui::ProgramEditor> m_typeForm;
    ProgramDetail m_program;
    ProgramTerms m_terms;
    ProgramTerms m_saved;
    QUndoStack *m_undo;
    bool m_applying = false;
    bool m_readOnly = false;
    bool m_formLocked = false; ///< a closed program
    bool m_busy = false;

    QTimer m_exampleTimer; ///< debounces edits before asking for the worked example
    quint64 m_requestSerial = 0;
    quint64 m_shownSerial = 0;     ///< the request whose answer is shown
    ProgramTerms m_requestedTerms; ///< of the last request (fee left out: the database sets it)
    QDate m_requestedDate;
    qint64 m_requestedWorkshop = -1;
    ProgramExample m_example;
    QString m_exampleError;
    bool m_feeKnown = false; ///< m_example.fee is the database's answer for the current program

    /// The program's name (bold, large) and, muted beside it, its status and version: plain-text
    /// labels (a rich-text one is laid out by a QTextDocument at every size query and paint).
    QLabel *m_header;
    QLabel *m_headerStatus;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_type;
    QWidget *m_typePages; ///< the pages of ui/programtypepages.ui, the current one shown (showTypePage)
    QLineEdit *m_bayHour;
    QLineEdit *m_bayDay;
    QLineEdit *m_bayMonth;
    QLineEdit *m_memberFee;
    QSpinBox *m_memberHours;
    QLineEdit *m_memberOverage;
    QLabel *m_platformFee;
    QDoubleSpinBox *m_workshopShare;
    QDoubleSpinBox *m_mechanicShare;
    QDoubleSpinBox *m_minRating;
    QSpinBox *m_minYears;
    QList<QCheckBox *> m_certs;
    QList<QCheckBox *> m_tiers;
    QSpinBox *m_maxPartners;
    QTextEdit *m_termsEdit;
    QLineEdit *m_nameFr;
    QLineEdit *m_descriptionFr;
    QTextEdit *m_termsEditFr;
    QVBoxLayout *m_form;
    QWidget *m_generalBox;
    QWidget *m_termsBox;
    QWidget *m_frenchBox;
    QLabel *m_issues; ///< plain text, in the colour of its role (SemanticColors::colorText)
    QTextBrowser *m_preview;
    /// What refresh() last gave m_preview, and the fields it last marked invalid with which style
    /// sheet: only a change is applied (issue 19: a program's opening is one frame; setHtml and a
    /// style sheet's repolish took most of refresh()'s time, run twice per opening).
    QString m_previewShown;
    QSet<QString> m_badShown;
    QString m_badStyleShown;
    QLabel *m_versions;
    QDateEdit *m_effectiveFrom;
    QLabel *m_effectiveLabel;
    QPushButton *m_save;
    QPushButton *m_publish;
    QPushButton *m_pause;
    QPushButton *m_close;
};

} // namespace adesk
