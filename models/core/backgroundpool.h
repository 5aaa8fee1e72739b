#pragma once

class QThreadPool;

namespace adesk {

/// The thread pool for the app's own background jobs that are not database work (DbExecutor has its
/// own threads): opening a document in its sandboxed helper, a text search in it, the coordinator of
/// a statements or T4A batch. Use it instead of QThreadPool::globalInstance() (the default of
/// QtConcurrent::run): pass it as QtConcurrent::run's first argument.
///
/// Why (issue 19): Qt 6.4's raster paint engine splits large fills across the global pool's
/// threads and waits for them on the GUI thread (qdrawhelper.cpp, QT_THREAD_PARALLEL_FILLS). A job
/// of ours holding a global pool thread (a helper's start-up and reply, tens of milliseconds) held
/// every paint of the window as long: perf showed the GUI thread in QSemaphore::acquire under
/// QRasterPaintEngine::drawRects for 10-28 ms at a time while the first document opened.
///
/// At most QThread::idealThreadCount() threads; created on first use; waited for when the
/// QCoreApplication is destroyed (as Qt waits for its global pool), then deleted with the process.
QThreadPool *backgroundPool();

} // namespace adesk
