/**
 * The few Chrome extension APIs that tests and scripts call inside the extension's service
 * worker (`worker.evaluate(() => chrome.…)`). The extension's own code uses `browser`.
 */
declare namespace chrome {
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
    }
    function query(query: { url?: string | string[]; active?: boolean }): Promise<Tab[]>;
    function get(tabId: number): Promise<Tab>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
  }
  namespace storage {
    interface Area {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    }
    const local: Area;
    const sync: Area;
    const session: Area;
  }
  namespace permissions {
    function getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
  }
}
