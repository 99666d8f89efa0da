# Page text as a browser copies it (select all, copy): an approximation of the HTML standard's
# innerText. Block boxes break the line, <p> and headings want a blank line around them (the
# largest break a run asks for wins), list items are lines without bullets, table cells are set
# apart by tabs, scripts and styles print nothing. Used by dump-pages.sh for the *-copied samples;
# tests do not run it.
#   python3 test/corpus/copy-text.py page.html > page-copied.txt
import sys, re
from html.parser import HTMLParser
BLOCK = {'div','section','article','main','header','footer','nav','aside','ul','ol','li','form','figure','figcaption','blockquote','table','tr','dl','dt','dd','address','center','pre','hr'}
PARA = {'p','h1','h2','h3','h4','h5','h6'}
SKIP = {'script','style','noscript','template','head','title','svg','iframe'}
class P(HTMLParser):
    def __init__(s): super().__init__(); s.out=[]; s.skip=0
    def handle_starttag(s, t, a):
        if t in SKIP: s.skip+=1; return
        if t=='br': s.out.append('\x02')
        elif t in PARA: s.out.append('\x00')
        elif t in BLOCK: s.out.append('\x01')
        elif t in ('td','th'): s.out.append('\t')
        elif t=='img':
            pass
        elif t=='input' or t=='textarea' or t=='button': pass
    def handle_endtag(s, t):
        if t in SKIP: s.skip=max(0,s.skip-1); return
        if t in PARA: s.out.append('\x00')
        elif t in BLOCK: s.out.append('\x01')
    def handle_data(s, d):
        if s.skip: return
        s.out.append(re.sub(r'\s+',' ',d))
p=P(); p.feed(open(sys.argv[1],encoding='utf-8').read())
text=''.join(p.out)
# required line breaks: the largest in a run wins (a <br> is a forced break of its own)
def run(m):
    r=m.group(0)
    n='\n\n' if '\x00' in r else '\n'
    return n + '\n'*(r.count('\x02')-1 if '\x02' in r and '\x00' not in r and '\x01' not in r else 0)
text=re.sub(r'[ \x00\x01\x02]*[\x00\x01\x02][ \x00\x01\x02]*', run, text)
lines=[l.strip(' ') for l in text.split('\n')]
text='\n'.join(lines).strip()+'\n'
sys.stdout.write(text)
