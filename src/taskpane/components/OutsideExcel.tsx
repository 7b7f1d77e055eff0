/** Shown when the page is opened outside Excel (a plain browser, another Office app, office.js unreachable). */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PaneShell } from './PaneShell';

/** Both languages at once: without Office there is no display language to go by. */
export function OutsideExcel() {
  return (
    <PaneShell locale="zh-CN" label="绩效评价助手 Performance Evaluation Assistant">
      <h1 className="pe-title">绩效评价助手 · Performance Evaluation Assistant</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <div className="pe-block" lang="zh-CN">
            <MessageBarTitle>请在 Excel 中打开</MessageBarTitle>
            <p className="pe-body">
              本页面是 Excel 加载项的任务窗格，必须在 Excel 中以加载项方式打开（开始 › 绩效评价 › 打开助手；或在“加载项”中旁加载
              manifest.xml），不能直接在浏览器中使用。如已在 Excel 中打开仍看到本提示，请检查能否访问 appsforoffice.microsoft.com。
            </p>
          </div>
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <div className="pe-block" lang="en-US">
            <MessageBarTitle>Open this inside Excel</MessageBarTitle>
            <p className="pe-body">
              This page is the task pane of an Excel add-in: it must be opened inside Excel as an add-in (Home › 绩效评价 ›
              打开助手, or sideload manifest.xml under Add-ins); it does not work in a plain browser tab. If you see this inside
              Excel, check that appsforoffice.microsoft.com can be reached.
            </p>
          </div>
        </MessageBarBody>
      </MessageBar>
    </PaneShell>
  );
}
