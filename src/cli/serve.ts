// `thidua serve` (the default, and npm start) and `thidua migrate`.
import { startServer } from "../server";
import { defineCommand } from "./command";

export const serveCommand = defineCommand({
  name: "serve",
  help: [{ usage: "serve", vi: "Chạy máy chủ web (mặc định của npm start)", en: "Start the web server" }],
  async run({ config }) {
    const running = await startServer(config);
    const stop = async () => {
      await running.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return -1; // keep running
  },
});

export const migrateCommand = defineCommand({
  name: "migrate",
  help: [{ usage: "migrate", vi: "Cập nhật cấu trúc cơ sở dữ liệu rồi thoát", en: "Apply database migrations and exit" }],
  async run({ withRuntime }) {
    await withRuntime(async () => {});
    console.log("Cơ sở dữ liệu đã được cập nhật. / Database is up to date.");
    return 0;
  },
});
