# Sourced by servers.sh and test.sh: the test endpoints, their defaults, and host/port of each.
# Keep the defaults in step with tests/Kf.Testing/TestServers.cs.

rabbit_explicit=${KF_TEST_RABBITMQ:+1}
redis_explicit=${KF_TEST_REDIS:+1}
mysql_explicit=${KF_TEST_MYSQL:+1}

default_mysql_database=kf_test
export KF_TEST_RABBITMQ=${KF_TEST_RABBITMQ:-amqp://guest:guest@127.0.0.1:5672/}
export KF_TEST_REDIS=${KF_TEST_REDIS:-127.0.0.1:6379}
export KF_TEST_MYSQL=${KF_TEST_MYSQL:-Server=127.0.0.1;Port=3306;Database=$default_mysql_database;User ID=kf;Password=kf;}

# amqp[s]://user:pass@host:port/vhost
if [[ $KF_TEST_RABBITMQ =~ ^amqp(s?)://([^@/]*@)?([^:/?]+)(:([0-9]+))? ]]; then
  rabbit_host=${BASH_REMATCH[3]}
  rabbit_port=${BASH_REMATCH[5]:-$([[ -n ${BASH_REMATCH[1]} ]] && echo 5671 || echo 5672)}
else
  echo "KF_TEST_RABBITMQ is not an amqp:// or amqps:// URI" >&2
  exit 2
fi

# StackExchange.Redis configuration: host:port first, options after commas.
redis_first=${KF_TEST_REDIS%%,*}
redis_host=${redis_first%:*}
redis_port=${redis_first##*:}
[[ $redis_first == *:* ]] || { redis_host=$redis_first; redis_port=6379; }

# ADO.NET connection string: Server (or Host, Data Source) and Port, keys case-insensitive.
mysql_host=127.0.0.1
mysql_port=3306
IFS=';' read -ra mysql_parts <<<"$KF_TEST_MYSQL"
for mysql_part in "${mysql_parts[@]}"; do
  mysql_key=$(echo "${mysql_part%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
  mysql_value=$(echo "${mysql_part#*=}" | xargs)
  case $mysql_key in
    server | host | datasource | address | addr | networkaddress) mysql_host=$mysql_value ;;
    port) mysql_port=$mysql_value ;;
  esac
done
unset mysql_parts mysql_part mysql_key mysql_value redis_first
