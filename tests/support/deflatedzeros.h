#pragma once

// Shared by tst_sandboxedrenderer and bench_render: the raw material of a Flate bomb. Header only;
// the including target links ZLIB::ZLIB.

#include <QByteArray>

#include <zlib.h>

namespace adesk::test {

/// @p megabytes of zeros (PDF whitespace) deflated in 1 MB steps: a few hundred KB of stream data.
inline QByteArray deflatedZeros(int megabytes) {
    z_stream z{};
    deflateInit(&z, Z_BEST_COMPRESSION);
    QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (int i = 0; i <= megabytes; ++i) {
        const bool last = i == megabytes;
        z.next_in = reinterpret_cast<Bytef *>(last ? nullptr : zeros.data());
        z.avail_in = last ? 0 : uInt(zeros.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

} // namespace adesk::test
