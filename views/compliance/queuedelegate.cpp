#include "views/compliance/queuedelegate.h"

#include "models/compliance/verification.h"
#include "models/compliance/verificationqueuemodel.h"
#include "views/common/semanticcolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace adesk {

namespace {
using Role = SemanticColors::Role;

Role statusRole(verification::Status s) {
    switch (s) {
    case verification::Status::Pending:
        return Role::Info;
    case verification::Status::Approved:
        return Role::Ok;
    case verification::Status::Rejected:
        return Role::Error;
    case verification::Status::Expired:
        return Role::Warning;
    case verification::Status::Superseded:
        return Role::Info; // replaced by a newer submission (Muted is too faint for a chip on dark)
    }
    return Role::Muted;
}
} // namespace

void QueueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const bool overdue = index.data(VerificationQueueModel::OverdueRole).toBool();
    const SemanticColors colors(option->palette);
    switch (index.column()) {
    case VerificationQueueModel::Age:
        if (overdue) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, colors.textOn(Role::Overdue));
            option->backgroundBrush = colors.background(Role::Overdue);
        }
        break;
    case VerificationQueueModel::Expiry: {
        const int state = index.data(VerificationQueueModel::ExpiryStateRole).toInt();
        if (state == 2)
            option->palette.setColor(QPalette::Text, colors.text(Role::Error));
        else if (state == 1)
            option->palette.setColor(QPalette::Text, colors.text(Role::Warning));
        if (state != 0)
            option->font.setBold(true);
        break;
    }
    case VerificationQueueModel::ClaimedBy:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, colors.text(Role::Muted));
        break;
    default:
        break;
    }
}

namespace {
QFont chipFont(QFont f) {
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
constexpr int kChipPadding = 14; ///< the chip's width beyond its text
constexpr int kChipMargin = 6;   ///< the cell's width beyond its chip
} // namespace

int QueueDelegate::statusColumnWidth(const QFont &font, const QString &text) {
    return QFontMetrics(chipFont(font)).horizontalAdvance(text) + kChipPadding + kChipMargin + 2;
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const {
    if (index.column() != VerificationQueueModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Status as a rounded chip.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Draw the cell (selection, alternate rows) without its text; QStyledItemDelegate::paint would
    // fill the text in again from the model.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const auto status = verification::Status(index.data(VerificationQueueModel::StatusRole).toInt());
    const Role role = statusRole(status);
    const SemanticColors colors(opt.palette);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont f = chipFont(opt.font);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const int w = std::min(fm.horizontalAdvance(text) + kChipPadding, opt.rect.width() - kChipMargin);
    QRectF chip(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2.0 - 1, w, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? colors.fill(role) : colors.background(role));
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(selected ? colors.textOnFill(role) : colors.textOn(role));
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, int(chip.width()) - 8));
    painter->restore();
}

} // namespace adesk
