#pragma once

#include "models/compliance/requirementtypes.h"
#include "views/common/lazypane.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace adesk {

class RequirementRulesModel;

/// The requirements matrix for admins (issue 15, "Exigences"): the rules in effect on a date (or every
/// rule), filtered by province and by who they apply to; add a rule from a date, end the selected
/// rule from a date (today or later). Emits intents only; RequirementsController does the work and
/// answers through the public slots (a refused edit shows the server's message).
class RequirementsPane : public LazyPane {
    Q_OBJECT
public:
    explicit RequirementsPane(RequirementRulesModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The date whose rules are shown; null for every rule.
    QDate shownDate() const;
    /// The rule selected in the table (0: none).
    qint64 currentRule() const;

public slots:
    void showMessage(const QString &text, bool error);
    /// The first date an edit may take effect: the date editors start there.
    void setEditFloor(const QDate &floor);

signals:
    void dateChanged(const QDate &on);
    void addRequested(const QString &province, adesk::RequirementPath path, adesk::verification::Type type,
                      const QDate &from);
    void endRequested(qint64 ruleId, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateButtons();

    RequirementRulesModel *m_model;
    QComboBox *m_province;
    QComboBox *m_who;
    QDateEdit *m_on;
    QCheckBox *m_every;
    QTableView *m_table;
    QLabel *m_addTitle;
    QComboBox *m_addProvince;
    QComboBox *m_addWho;
    QComboBox *m_addType;
    QDateEdit *m_addFrom;
    QPushButton *m_add;
    QLabel *m_endLabel;
    QDateEdit *m_endFrom;
    QPushButton *m_end;
    QLabel *m_message;
    QLabel *m_provinceLabel;
    QLabel *m_whoLabel;
    QLabel *m_onLabel;
};

} // namespace adesk
