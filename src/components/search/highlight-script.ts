/**
 * The script every entry and entity page carries (inline, through SearchMeta.astro): when
 * a search result opened the page (`?pagefind-highlight=word`, Pagefind's parameter), it
 * marks the words that start with a searched word, in the page's indexed content, with
 * the pattern the search page marks results with (src/lib/search/marks.ts). Without that
 * parameter it does nothing. Written compactly because every page has it; it loads nothing.
 */
import { MARK_AFTER, MARK_BEFORE, MARK_FLAGS, REGEXP_SPECIALS } from '../../lib/search/marks';

export const HIGHLIGHT_SCRIPT = `(()=>{
const w=new URLSearchParams(location.search).getAll('pagefind-highlight').map(x=>x.trim()).filter(Boolean);
const root=document.currentScript&&document.currentScript.closest('[data-pagefind-body]');
if(!w.length||!root)return;
const re=new RegExp(${JSON.stringify(MARK_BEFORE)}+'(?:'+w.map(x=>x.replace(${REGEXP_SPECIALS},'\\\\$&')).join('|')+')'+${JSON.stringify(MARK_AFTER)},'${MARK_FLAGS}');
addEventListener('DOMContentLoaded',()=>{
const it=document.createTreeWalker(root,4,{acceptNode:n=>n.parentElement.closest('script,style,mark,[hidden]')?2:1}),ns=[];
while(it.nextNode())ns.push(it.currentNode);
for(const n of ns){const f=document.createDocumentFragment();let i=0;
for(const m of n.data.matchAll(re)){const k=document.createElement('mark');k.textContent=m[0];f.append(n.data.slice(i,m.index),k);i=m.index+m[0].length}
if(i){f.append(n.data.slice(i));n.replaceWith(f)}}})})();`;
