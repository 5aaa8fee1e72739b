#include "views/documents/renderprotocol.h"

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

namespace adesk::renderprotocol {

namespace {

bool writeAll(int fd, const char *data, size_t size) {
    while (size > 0) {
        // MSG_NOSIGNAL: a dead peer is an error code, not a SIGPIPE that kills the app.
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool readAll(int fd, char *data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

bool writeFrame(int fd, const QByteArray &payload) {
    return writeFrame(fd, payload, nullptr, 0, QByteArray());
}

bool writeFrame(int fd, const QByteArray &head, const char *data, size_t size, const QByteArray &tail) {
    const quint64 total = quint64(head.size()) + size + quint64(tail.size());
    if (total > MaxPayloadBytes)
        return false;
    const quint32 length = quint32(total);
    char header[5] = {FrameMagic, char(length & 0xff), char((length >> 8) & 0xff),
                      char((length >> 16) & 0xff), char((length >> 24) & 0xff)};
    return writeAll(fd, header, sizeof header) && writeAll(fd, head.constData(), size_t(head.size())) &&
           (size == 0 || writeAll(fd, data, size)) && writeAll(fd, tail.constData(), size_t(tail.size()));
}

std::optional<QByteArray> readFrame(int fd) {
    char magic = 0;
    do {
        if (!readAll(fd, &magic, 1))
            return std::nullopt;
    } while (magic == CancelByte);
    if (magic != FrameMagic)
        return std::nullopt;
    unsigned char len[4];
    if (!readAll(fd, reinterpret_cast<char *>(len), 4))
        return std::nullopt;
    const quint32 length =
        quint32(len[0]) | quint32(len[1]) << 8 | quint32(len[2]) << 16 | quint32(len[3]) << 24;
    if (length > MaxPayloadBytes)
        return std::nullopt;
    QByteArray payload;
    payload.resize(qsizetype(length));
    if (!readAll(fd, payload.data(), length))
        return std::nullopt;
    return payload;
}

} // namespace adesk::renderprotocol

QDataStream &operator<<(QDataStream &out, const adesk::SearchHit &hit) {
    return out << qint32(hit.page) << hit.rectPoints << hit.continuationPoints;
}

QDataStream &operator>>(QDataStream &in, adesk::SearchHit &hit) {
    qint32 page = -1;
    in >> page >> hit.rectPoints >> hit.continuationPoints;
    hit.page = page;
    return in;
}
