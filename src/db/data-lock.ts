// Two processes on one PGlite folder silently lose data (PGlite is single-process), so the app
// holds an exclusive lock on its data folder for as long as it runs.
import { closeSync, openSync, readFileSync, rmSync, writeSync, mkdirSync } from "node:fs";
import path from "node:path";

export class DataFolderLocked extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng; hãy dừng tiến trình đó trước. ` +
        `(The data folder is in use by process ${pid}; stop it first.)`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DataFolderLocked. A lock left by a dead process is taken over. */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "thidua.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600); // atomic: fails if the file exists
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataFolderLocked(dataDir, pid);
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}.`);
}
