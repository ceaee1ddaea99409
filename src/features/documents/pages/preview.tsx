// The document on screen as it will print: the same model the .docx and .pdf are made
// from, laid out in the page's own styles (a reviewer reads it without downloading).
import type { Block, Inline, OfficialDocument } from "../../../documents/model";
import { recipientLines } from "../../../documents/layout";

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r) => {
        const text = r.bold && r.italic ? <strong><em>{r.text}</em></strong> : r.bold ? <strong>{r.text}</strong> : r.italic ? <em>{r.text}</em> : r.text;
        return text;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return block.level === 1 ? <h3 class="doc__h1"><Runs runs={block.content} /></h3> : <h4 class={`doc__h${block.level}`}><Runs runs={block.content} /></h4>;
    case "paragraph":
      return <p class="doc__p"><Runs runs={block.content} /></p>;
    case "list":
      return block.ordered ? (
        <ol class="doc__list">{block.items.map((item) => <li><Runs runs={item} /></li>)}</ol>
      ) : (
        <ul class="doc__list doc__list--dash">{block.items.map((item) => <li><Runs runs={item} /></li>)}</ul>
      );
    case "table":
      return (
        <table class="doc__table">
          {block.rows.map((row, i) => (
            <tr>{row.map((cell) => (block.header && i === 0 ? <th scope="col"><Runs runs={cell} /></th> : <td><Runs runs={cell} /></td>))}</tr>
          ))}
        </table>
      );
  }
}

export function DocumentPreview({ doc, label }: { doc: OfficialDocument; label: string }) {
  return (
    <article class="doc" aria-label={label} lang="vi">
      {doc.draft ? <p class="doc__draft">DỰ THẢO</p> : null}
      <div class="doc__header">
        <div class="doc__issuer">
          {doc.parentBody ? <p>{doc.parentBody}</p> : null}
          <p class="doc__strong doc__rule">{doc.issuingBody}</p>
          <p>{doc.numberLine}</p>
          {doc.typeName === null ? <p class="doc__small">V/v {doc.summary}</p> : null}
        </div>
        <div class="doc__nation">
          <p class="doc__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p class="doc__strong doc__rule">Độc lập - Tự do - Hạnh phúc</p>
          <p class="doc__date">{doc.placeDateLine}</p>
        </div>
      </div>
      {doc.typeName ? (
        <div class="doc__title">
          <p class="doc__strong">{doc.typeName}</p>
          <p class="doc__strong doc__rule">{doc.summary}</p>
        </div>
      ) : null}
      {doc.body.map((block) => <BlockView block={block} />)}
      <div class="doc__footer">
        <div class="doc__recipients">
          <p class="doc__recipients-title">Nơi nhận:</p>
          {recipientLines(doc.recipients).map((line) => <p>{line}</p>)}
        </div>
        <div class="doc__signature">
          {doc.signature.authority.map((line) => <p class="doc__strong">{line}</p>)}
          <p class="doc__sign-space" aria-hidden="true"></p>
          <p class="doc__strong">{doc.signature.signerName}</p>
        </div>
      </div>
    </article>
  );
}
