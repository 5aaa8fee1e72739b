#pragma once

#include "models/partnerships/partnershiptypes.h"
#include "views/common/lazypane.h"

#include <QImage>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace adesk {

class AgreementListModel;
class AgreementsPanel;
class PartnershipListModel;
class PartnershipsPanel;
class ProgramEditor;
class ProgramListModel;

/// The workshop owner's partnership pane: the programs list (status, version, partners,
/// applications) beside the program editor, and tabs for the agreements and the partnerships.
/// Admins see it read-only. The applications queue is its own pane (ApplicationsPanel). The pane
/// only shows models and emits intents; PartnershipController does the work.
class PartnershipPane : public LazyPane {
    Q_OBJECT
public:
    PartnershipPane(ProgramListModel *programs, AgreementListModel *agreements,
                    PartnershipListModel *partnerships, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    ProgramEditor *editor() const { return m_editor; }
    /// The Agreements tab's panel, built now if it was not yet (see panelsBuilt).
    AgreementsPanel *agreementsPanel();
    /// The Partnerships tab's panel, built now if it was not yet (see panelsBuilt).
    PartnershipsPanel *partnershipsPanel();
    /// Whether the Agreements and Partnerships panels exist. They are built on a turn of the event
    /// loop after the pane (kPanelsDelayMs), when the pane is first polished (before its first
    /// show), or when one of them is asked for, whichever comes first.
    bool panelsAreBuilt() const { return m_agreements != nullptr; }
    QTableView *programsView() const { return m_programsView; }
    QTabWidget *tabs() const { return m_tabs; }
    qint64 currentProgramId() const;

public slots:
    void setWorkshopName(const QString &name);
    /// Selects @p programId in the list (after a save created it, or a reload).
    void selectProgram(qint64 programId);
    /// Opens a new draft in the editor (no program selected in the list).
    void showNewProgram(const adesk::ProgramDetail &draft);
    void showStatus(const QString &text, bool error);
    /// A print preview of already rendered pages (rendered off the GUI thread).
    void showPrintPreview(const QString &title, const QList<QImage> &pages);

signals:
    void programSelected(qint64 programId);
    void newProgramRequested();
    /// The Agreements and Partnerships panels were built (once, after the constructor returned).
    void panelsBuilt();

protected:
    bool event(QEvent *event) override;

private:
    /// Milliseconds from the end of the pane's construction to its panels' (a turn of the event loop
    /// in which a paint or a timer already due can run). Half of MainWindow's kIdleBuildGapMs, so that
    /// the panels and the next idle build are not due at the same moment (Qt runs every timer due at
    /// the start of a pass over them back to back).
    static constexpr int kPanelsDelayMs = 5;
    void buildPanels();

    ProgramListModel *m_programsModel;
    AgreementListModel *m_agreementsModel;
    PartnershipListModel *m_partnershipsModel;
    QTabWidget *m_tabs;
    QTableView *m_programsView;
    ProgramEditor *m_editor;
    AgreementsPanel *m_agreements = nullptr;
    PartnershipsPanel *m_partnerships = nullptr;
    QPushButton *m_new;
    QLabel *m_workshop;
    QLabel *m_status;
    bool m_readOnly = false;
};

} // namespace adesk
