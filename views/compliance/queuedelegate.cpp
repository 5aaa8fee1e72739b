#include "views/compliance/queuedelegate.h"

#include "models/compliance/verification.h"
#include "models/compliance/verificationqueuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace adesk {

namespace {
QColor statusColor(verification::Status s) {
    switch (s) {
    case verification::Status::Pending:
        return QColor(0x1f, 0x5f, 0xae);
    case verification::Status::Approved:
        return QColor(0x1d, 0x7a, 0x3a);
    case verification::Status::Rejected:
        return QColor(0xb0, 0x1e, 0x1e);
    case verification::Status::Expired:
        return QColor(0x8a, 0x5a, 0x00);
    }
    return Qt::gray;
}
} // namespace

void QueueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const bool overdue = index.data(VerificationQueueModel::OverdueRole).toBool();
    switch (index.column()) {
    case VerificationQueueModel::Age:
        if (overdue) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1e, 0x1e));
            option->backgroundBrush = QColor(0xfd, 0xe2, 0xe1);
        }
        break;
    case VerificationQueueModel::Expiry: {
        const int state = index.data(VerificationQueueModel::ExpiryStateRole).toInt();
        if (state == 2)
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1e, 0x1e));
        else if (state == 1)
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x5c, 0x00));
        if (state != 0)
            option->font.setBold(true);
        break;
    }
    case VerificationQueueModel::ClaimedBy:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x55, 0x55, 0x55));
        break;
    default:
        break;
    }
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
    const QColor c = statusColor(status);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = opt.font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const int w = std::min(fm.horizontalAdvance(text) + 14, opt.rect.width() - 6);
    QRectF chip(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2.0 - 1, w, fm.height() + 2);
    QColor fill = c;
    fill.setAlpha(opt.state & QStyle::State_Selected ? 255 : 40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(opt.state & QStyle::State_Selected ? QColor(Qt::white) : c);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, int(chip.width()) - 8));
    painter->restore();
}

} // namespace adesk
