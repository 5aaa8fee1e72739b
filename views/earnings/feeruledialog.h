#pragma once

#include "models/earnings/earningstypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace adesk {

class FeeRuleModel;

/// Asks finance for a new effective-dated version of a platform fee (issue 12): the fee in percent,
/// the first day it applies (today at the earliest, tomorrow by default: the past is never edited)
/// and the reason, which the audit log keeps. Two uses:
///  - a new version of an existing rule (the one selected in the fee rules table);
///  - a workshop's custom fee: pick the workshop; it replaces that workshop's open custom fee, or is
///    its first one.
/// The dialog only collects the change (change()); the pane sends it to the controller.
class FeeRuleDialog : public QDialog {
    Q_OBJECT
public:
    /// A new version of @p replaced.
    FeeRuleDialog(const FeeRuleRow &replaced, QWidget *parent = nullptr);
    /// A custom fee for one of @p workshops; @p rules tells each workshop's open custom fee.
    FeeRuleDialog(const QList<Payee> &workshops, const FeeRuleModel *rules, QWidget *parent = nullptr);

    FeeRuleChange change() const;

    QComboBox *workshopCombo() const { return m_workshop; }
    QDoubleSpinBox *feeEdit() const { return m_fee; }
    QDateEdit *dateEdit() const { return m_from; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }
    /// The sentence saying what happens to the version being replaced.
    QLabel *effectLabel() const { return m_effect; }

private:
    void build(const QString &intro);
    void update();
    /// The first day the date may take: today, or the day after the replaced version starts.
    void applyEarliestDate();
    /// The version a change of the chosen workshop replaces (custom mode), or the rule (version mode).
    const FeeRuleRow *replaced() const;

    bool m_custom = false;
    FeeRuleRow m_rule; ///< version mode: the rule being replaced
    const FeeRuleModel *m_rules = nullptr;
    QComboBox *m_workshop = nullptr;
    QDoubleSpinBox *m_fee = nullptr;
    QDateEdit *m_from = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_effect = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace adesk
