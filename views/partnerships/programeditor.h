#pragma once

#include "models/partnerships/partnershiptypes.h"

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
class QStackedWidget;
class QTextBrowser;
class QTextEdit;
class QUndoStack;

namespace adesk {

namespace Ui {
class ProgramEditor; ///< the three static pages of the program types (ui/programtypepages.ui)
}

/// The partnership program editor: a form per program type (bay rental prices; revenue shares;
/// membership fee, included bay-hours and overage rate), eligibility, maximum partners, a rich-text
/// terms editor, validation as you type (the same rules as the database: shares add up to 100 % of
/// what remains after the platform fee, prices positive, a membership's included hours), undo and
/// redo of every edit (QUndoStack), and a live preview of the program card as a mechanic sees it
/// with the worked example on a $500 job. It never writes: it emits saveRequested / statusRequested.
class ProgramEditor : public QWidget {
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
    QUndoStack *undoStack() const { return m_undo; }
    /// The card HTML the preview shows (what a mechanic sees), coloured for @p palette.
    static QString cardHtml(const ProgramTerms &terms, const QString &workshopName, const QPalette &palette);
    QString previewHtml() const;

    /// The widgets, named for tests (objectName is the terms key).
    QWidget *field(const QString &key) const;

    /// Applies @p terms to the form without recording an undo step (undo/redo use it).
    void applyTerms(const ProgramTerms &terms);

public slots:
    /// Shows @p program (id 0: a new draft of @p program.workshopId). Clears undo history.
    void setProgram(const adesk::ProgramDetail &program);
    /// Marks a save/status change as started or finished (disables / re-enables the buttons).
    void setBusy(bool busy);

signals:
    void saveRequested(qint64 programId, int rowVersion, const adesk::ProgramTerms &terms,
                       const QDate &effectiveFrom);
    void statusRequested(qint64 programId, int rowVersion, adesk::ProgramAction action,
                         const QDate &effectiveFrom);
    void termsChanged();

private:
    void build();
    ProgramTerms readForm() const;
    void edited(int fieldId);
    void refresh();
    void setMoney(QLineEdit *edit, qint64 cents);
    static qint64 moneyOf(const QLineEdit *edit);

    std::unique_ptr<Ui::ProgramEditor> m_typeForm;
    ProgramDetail m_program;
    ProgramTerms m_terms;
    ProgramTerms m_saved;
    QUndoStack *m_undo;
    bool m_applying = false;
    bool m_readOnly = false;
    bool m_formLocked = false; ///< a closed program
    bool m_busy = false;

    QLabel *m_header;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_type;
    QStackedWidget *m_typePages;
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
    QLabel *m_issues;
    QTextBrowser *m_preview;
    QLabel *m_versions;
    QDateEdit *m_effectiveFrom;
    QLabel *m_effectiveLabel;
    QPushButton *m_save;
    QPushButton *m_publish;
    QPushButton *m_pause;
    QPushButton *m_close;
};

} // namespace adesk
